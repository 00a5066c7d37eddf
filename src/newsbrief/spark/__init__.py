"""The same pipeline on Apache Spark, for archives of millions of articles.

    newsbrief spark archive/ out/ --master local[2]     # or spark-submit, docs/scale.md
    newsbrief load out/ --db news.db                    # bring the result into a store

`job.run` reads JSONL, Parquet or folders of text and HTML files, runs the
library's own reading and pipeline in the executors' Python workers (one model
per worker, `mapInArrow`), writes Parquet tables partitioned by month, and
merges reports of the same event across the whole output with the store's
merge rule. Only `job` imports pyspark; `tables`, `analyse`, `merging` and
`load` are plain Python, so they are tested without Spark.

`analyse_partition` is the older RDD entry point (`rdd.mapPartitions`): JSON
rows in, the same JSON lines as `newsbrief extract` out.
"""

from .partition import analyse_partition

__all__ = ["analyse_partition"]
