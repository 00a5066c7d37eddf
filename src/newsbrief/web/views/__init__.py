"""One module per kind of page; each holds an APIRouter with the page and its
/api/ twin, both views over the same data function."""

from . import actor, article, brief, event, events, home, map, runs, search

ROUTERS = [home.router, search.router, events.router, event.router, article.router,
           actor.router, map.router, brief.router, runs.router]
