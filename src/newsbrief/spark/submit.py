"""The file to give `spark-submit`: the same job as `newsbrief spark`.

    spark-submit --master yarn [options] "$(python -c 'import newsbrief.spark.submit as m; print(m.__file__)')" INPUT... OUTPUT

Arguments are those of `newsbrief spark` (without --master: spark-submit's own
options choose the cluster).
"""

import sys

from newsbrief.cli import main

if __name__ == "__main__":
    main(["spark", *sys.argv[1:]], prog_name="newsbrief")
