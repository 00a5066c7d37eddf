"""Command: kb (what the actor knowledge base knows about a name, and why a
mention of it would be linked or not)."""

from __future__ import annotations

from collections import Counter

import click

from ._common import pass_app
from ._options import check_date, format_option
from ._output import echo_json, emit


@click.command()
@click.argument("name")
@click.option("--date", "date", metavar="YYYY-MM-DD", callback=check_date,
              help="The article's date: picks the role and counts in the link decision.")
@click.option("--country", "countries", metavar="ISO3", multiple=True,
              help="A country the article names (repeatable; the first counts as its main one).")
@click.option("--title-country", metavar="ISO3",
              help="The country the words around the mention give (\"French President X\").")
@click.option("--kind", type=click.Choice(["person", "organization"]), default="person",
              show_default=True)
@format_option("table", "json")
@pass_app(store=False)
def kb(app, name, date, countries, title_country, kind, fmt):
    """What the actor knowledge base knows about NAME: every entry under that name,
    alias or surname with its roles, and the link decision for a mention of NAME
    in an article of --date naming --country: the entry linked, its role at that
    date and confidence, and the reasons; or why it stays unlinked.

    Your own actor dictionary ([dictionaries] actors) still overrides the result.
    """
    from ..actors.kb import LINK_THRESHOLD, MARGIN, Context, knowledge_base
    from ..dictionaries import load_actor_dictionary

    base = knowledge_base()
    ctx = Context(Counter({c.upper(): len(countries) - i for i, c in enumerate(countries)}),
                  title_country.upper() if title_country else None)
    k = "P" if kind == "person" else "O"
    scored = base.candidates(name, k, date, ctx)
    others = [e for e in base.search(name) if e.kind != k]
    link = base.link(name, k, date, ctx)
    user = load_actor_dictionary(app.settings.actors).get(name.casefold()) \
        if app.settings.actors else None
    rows = []
    for score, e, why in scored:
        role = base.role_at(e, date) if date else None
        rows.append({"id": e.id, "name": e.name, "country": e.country, "sector": e.sector,
                     "role_at_date": role.text() if role else None, "score": score,
                     "linked": bool(link and link.entry.id == e.id),
                     "reasons": "; ".join(why), "sources": e.sources,
                     "roles": [r.__dict__ for r in e.roles]})
    if not link and scored:
        best = scored[0][0]
        if best < LINK_THRESHOLD:
            verdict = f"not linked: best score {best:.2f} is under {LINK_THRESHOLD}"
        else:
            verdict = (f"not linked: the two best candidates are within {MARGIN} "
                       f"({scored[0][0]:.2f}, {scored[1][0]:.2f})")
    elif link:
        verdict = (f"linked to {link.entry.id} ({link.entry.name}), confidence "
                   f"{link.confidence:.2f}" + (f", role: {link.role.text()}" if link.role else ""))
    else:
        verdict = f"no {kind} under this name, alias or surname"
    if user:
        verdict += f"; your actor dictionary overrides it: {user}"
    if fmt == "json":
        echo_json({"name": name, "date": date, "verdict": verdict, "candidates": rows,
                   "other_kinds": [e.id for e in others]})
        return
    emit(rows, fmt, ["id", "name", "country", "sector", "role_at_date", "score", "linked",
                     "reasons"], title=f"Knowledge base: {name}")
    for row in rows:
        click.echo(f"\n{row['id']} roles ({row['sources']}):")
        for r in row["roles"]:
            span = f"{r['start'] or '?'} to {r['end'] or ('(default)' if r['flag'] == 'd' else 'open')}"
            what = " ".join(x for x in (r["country"], r["sector"], r["office"]) if x)
            click.echo(f"  {span}: {what}")
    if others:
        click.echo(f"\nalso under this name as another kind: {', '.join(e.id for e in others)}")
    click.echo(f"\n{verdict}")


COMMANDS = [kb]
