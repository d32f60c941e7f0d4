#!/usr/bin/env bash
# Makes this machine ready to run Improvement Tracker: the system packages it needs (Chromium for
# board papers, the Cairo family that the chart renderer builds against, fonts, poppler for tests)
# and the npm dependencies. Safe to run again: it does only what is missing, and takes about a
# second when nothing is.
#
#   scripts/setup.sh              what the app needs (npm start)
#   scripts/setup.sh --for-tests  and LibreOffice Writer and Calc, which the tests open papers and
#                                 workbooks in, as councils do; the app itself never runs it
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  chromium            # board papers are printed by Puppeteer in the system's Chromium
  fonts-liberation    # metric-compatible Arial/Times for the papers
  fonts-dejavu-core
  build-essential     # canvas (charts) compiles against the libraries below
  pkg-config
  libcairo2-dev
  libpango1.0-dev
  libjpeg-dev
  libgif-dev
  librsvg2-dev
  libpixman-1-dev
  poppler-utils       # pdftotext / pdftoppm, used by the tests to read generated papers
)

if [[ ${1:-} == --for-tests ]]; then
  SYSTEM_PACKAGES+=(
    libreoffice-writer-nogui  # the tests convert the Word papers to PDF with it (soffice --headless)
    libreoffice-calc-nogui    # and the workbooks
  )
fi

# One dpkg-query for them all: one per package took seconds on a busy machine. It exits non-zero
# when any package is unknown to it, which is exactly the case to carry on from.
installed=" $({ dpkg-query -W -f='${Status} ${Package}\n' "${SYSTEM_PACKAGES[@]}" 2>/dev/null || true; } |
  sed -n 's/^install ok installed //p' | tr '\n' ' ')"
missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
  if [[ $installed != *" $package "* ]]; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing system packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
  else
    SUDO=
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Puppeteer would download a browser of its own: use the system's instead.
if command -v chromium >/dev/null 2>&1; then
  export PUPPETEER_SKIP_DOWNLOAD=true
  export PUPPETEER_EXECUTABLE_PATH="${PUPPETEER_EXECUTABLE_PATH:-$(command -v chromium)}"
fi

# Dependencies: reinstalled only when package-lock.json changed since the last install. An
# install made with npm itself (npm install) counts when npm's record of what it installed
# (node_modules/.package-lock.json) agrees with package-lock.json.
stamp=node_modules/.setup-stamp
lock_hash=$( (sha256sum package-lock.json package.json; node --version) | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_hash" ]]; then
  if [[ -f $stamp ]] && node scripts/installed-packages-match.js; then
    echo "$lock_hash" >"$stamp"
  elif [[ -L node_modules ]]; then
    # npm ci empties node_modules first, and through a link that is another checkout's folder.
    echo "setup: node_modules links to $(readlink node_modules), whose packages differ from package-lock.json;" \
      "run npm ci there" >&2
    exit 1
  else
    echo "setup: installing npm dependencies"
    # canvas compiles from source against the Cairo libraries: on every core (node-gyp reads JOBS).
    JOBS=max npm ci --no-audit --no-fund --loglevel=error
    echo "$lock_hash" >"$stamp"
  fi
fi

# The compiled application, rebuilt only when a source file is newer than the last build.
# Of scripts/, only the TypeScript is built: a change to this file or to test.sh needs no build.
if [[ ! -f dist/src/cli.js ]] ||
  [[ -n $(find src migrations scripts tsconfig.json tsconfig.build.json -newer dist/src/cli.js -type f \
    \( -path 'scripts/*' -not -name '*.ts' -o -print -quit \)) ]]; then
  echo "setup: building"
  npm run build --silent
fi
