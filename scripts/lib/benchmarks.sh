# Sourced by the scripts, from the repository root: makes sure harness/target/benchmarks.jar exists
# and is not older than the sources, building it with Maven when it is. Sets BENCHMARKS_JAR.
ensure_benchmarks_jar() {
  BENCHMARKS_JAR=harness/target/benchmarks.jar
  if [ ! -f "$BENCHMARKS_JAR" ] || [ -n "$(find pom.xml strategies maven-plugin workloads peers harness reports -newer "$BENCHMARKS_JAR" \
      \( -path '*/src/*' -o -name pom.xml \) -type f -print -quit)" ]; then
    echo "[bench] $BENCHMARKS_JAR is missing or older than the sources: building it (mvn -B -q package -DskipTests -pl harness -am)" >&2
    mvn -B -q -Dstyle.color=never package -DskipTests -pl harness -am >&2 || {
      echo "error: building $BENCHMARKS_JAR failed; build it with: mvn -B package -DskipTests -pl harness -am" >&2
      return 1
    }
  fi
}
