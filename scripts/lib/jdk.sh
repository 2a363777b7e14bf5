# Sourced by the scripts: finds a JDK 25 or newer the way the build does (JAVA_HOME first, then the
# usual install folders) and sets JAVA to its java launcher; otherwise says what to install.
find_jdk25() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      JAVA="$candidate/bin/java"
      JAVA_HOME_25="$candidate"
      return 0
    fi
  done
  echo "error: no JDK 25 or newer found (looked at JAVA_HOME and /usr/lib/jvm): install one, e.g. Temurin 25 (apt-get install temurin-25-jdk)" >&2
  return 1
}
