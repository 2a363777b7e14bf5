# Sourced by scripts/eager: finds a JDK 25 or newer where the build finds one (JAVA_HOME, every
# JAVA*_HOME and JDK_HOME, then the folders in scripts/lib/jdk-folders, the list the root pom.xml
# reads too), judged as the build judges it (JAVA_VERSION in the JDK's release file); sets JAVA.
find_jdk25() {
  local homes=("${JAVA_HOME:-}") dir home major
  while IFS='=' read -r _ home; do homes+=("$home"); done < <(env | grep -E '^(JAVA[A-Za-z0-9_]*_HOME|JDK_HOME)=' || true)
  while read -r dir; do
    for home in "${dir/#\~/$HOME}"/*; do homes+=("$home" "$home/Contents/Home"); done
  done < <(grep -v -e '^#' -e '^$' "$(dirname "${BASH_SOURCE[0]}")/jdk-folders")
  for home in "${homes[@]}"; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$home/release")
    if [ "${major:-0}" -ge 25 ]; then JAVA="$home/bin/java"; return 0; fi
  done
  echo "error: no JDK 25 or newer found (looked at JAVA_HOME, JAVA*_HOME and the folders in scripts/lib/jdk-folders): install one, e.g. Temurin 25 (apt-get install temurin-25-jdk)" >&2
  return 1
}
