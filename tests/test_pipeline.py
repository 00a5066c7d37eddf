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
