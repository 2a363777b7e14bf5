# Sourced by scripts/eager from the repository root: the one staleness rule. harness/target/benchmarks.jar
# is rebuilt when it is missing or older than any source or pom.xml of the modules it is built from
# (the root pom, strategies, maven-plugin which builds workloads, workloads, peers, reports, harness;
# target/ folders aside). Sets BENCHMARKS_JAR.
ensure_benchmarks_jar() {
  BENCHMARKS_JAR=harness/target/benchmarks.jar
  if [ ! -f "$BENCHMARKS_JAR" ] || [ -n "$(find pom.xml strategies maven-plugin workloads peers reports harness \
      -name target -prune -o \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$BENCHMARKS_JAR" -print -quit)" ]; then
    echo "[eager] $BENCHMARKS_JAR is missing or older than the sources: building it (mvn -B -q package -DskipTests -pl harness -am)" >&2
    mvn -B -q -Dstyle.color=never package -DskipTests -pl harness -am >&2 || {
      echo "error: building $BENCHMARKS_JAR failed; build it with: mvn -B package -DskipTests -pl harness -am" >&2
      return 1
    }
  fi
}
