import pytest

from newsbrief.pipeline import Pipeline
from newsbrief.records import Article

TEXTS = [
    "The president of Kenya met his Ugandan counterpart in Kampala on Monday.",
    "Protesters marched through Lima on Saturday, demanding new elections.",
    "Germany pledged 50 million euros in aid to flood victims in Pakistan last week.",
    "Police in Dhaka arrested 12 opposition activists overnight, a spokesman said.",
    "The two governments signed a trade agreement in Hanoi in March.",
]


def _articles():
    return [Article(id=f"t{i}", origin="test", text=t, published="2023-05-10")
            for i, t in enumerate(TEXTS)]


def test_no_stages_means_no_model(settings):
    pipeline = Pipeline(settings.replace(stages=()))
    out = list(pipeline.analyse(_articles()))
    assert [o.article.id for o in out] == [f"t{i}" for i in range(len(TEXTS))]
    assert pipeline._nlp is None and all(not o.events for o in out)


@pytest.mark.slow
def test_worker_processes_give_the_same_records_in_order(settings):
    one = [o.to_dict() for o in Pipeline(settings).analyse(_articles())]
    two = [o.to_dict() for o in Pipeline(settings.replace(n_process=2, batch_size=1))
           .analyse(_articles())]
    assert [o["article"]["id"] for o in two] == [f"t{i}" for i in range(len(TEXTS))]
    assert one == two
    assert any(o["events"] for o in one)


def _sized(chars):
    return [Article(id=f"s{i}", origin="test", text="x" * n) for i, n in enumerate(chars)]


def test_batches_hold_batch_size_articles_or_their_share_of_characters(settings):
    from newsbrief.pipeline import BATCH_CHARS_PER_ARTICLE

    pipeline = Pipeline(settings.replace(stages=(), batch_size=4))
    budget = 4 * BATCH_CHARS_PER_ARTICLE
    small = budget // 10
    got = [[a.id for a in b] for b in pipeline._batches(iter(_sized([small] * 9)))]
    assert got == [["s0", "s1", "s2", "s3"], ["s4", "s5", "s6", "s7"], ["s8"]]
    # Long articles: a batch closes before the characters would pass the budget;
    # one article longer than the budget is a batch of its own.
    sizes = [budget // 2, budget // 2, budget // 2, budget * 2, small, small]
    got = [[a.id for a in b] for b in pipeline._batches(iter(_sized(sizes)))]
    assert got == [["s0", "s1"], ["s2"], ["s3"], ["s4", "s5"]]


def test_a_full_batch_is_given_before_the_next_article_is_read(settings):
    pipeline = Pipeline(settings.replace(stages=(), batch_size=2))
    read = []

    def stream():
        for a in _sized([10, 10, 10]):
            read.append(a.id)
            yield a

    batches = pipeline._batches(stream())
    assert [a.id for a in next(batches)] == ["s0", "s1"] and read == ["s0", "s1"]
