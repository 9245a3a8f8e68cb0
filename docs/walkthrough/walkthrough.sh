#!/usr/bin/env bash
# The README's walkthrough ("Using it"), run against a started suite and checked: each command of that section as
# the README gives it, its answer's status, and what a user looks for in it. Safe to run again on the same suite
# (new keys each run, a case slug of its own, imports that change nothing the second time).
#
#   ./suite up                      # in another terminal
#   docs/walkthrough/walkthrough.sh # GW (default http://localhost:8080) and ADMIN_KEY (default .suite/admin-key.txt)
#
# Needs bash, curl and jq (Debian: apt-get install curl jq). system-tests' WalkthroughTest runs it in the build.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
for tool in curl jq; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "walkthrough: needs $tool (Debian: apt-get install curl jq)" >&2
    exit 2
  fi
done

GW=${GW:-http://localhost:8080}
ADMIN_KEY=${ADMIN_KEY:-$(cat "$HERE/../../.suite/admin-key.txt")}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
CHECKS=0

fail() {
  echo "walkthrough: FAILED at: $STEP" >&2
  echo "  $*" >&2
  echo "  answer: $(head -c 2000 body 2>/dev/null)" >&2
  exit 1
}

# call EXPECTED… -- CURL ARGS: runs curl, keeps the body in ./body and the headers in ./headers
call() {
  local expected=()
  while [[ $1 != -- ]]; do expected+=("$1"); shift; done
  shift
  local status
  status=$(curl -s -o body -D headers -w '%{http_code}' "$@") || true
  [[ " ${expected[*]} " == *" $status "* ]] || fail "status $status, expected ${expected[*]}"
  CHECKS=$((CHECKS + 1))
}

# expect JQ_FILTER: the body satisfies the filter (jq -e)
expect() {
  jq -e "$1" body >/dev/null || fail "expected $1"
  CHECKS=$((CHECKS + 1))
}

header() {
  awk -v name="$(echo "$1" | tr '[:upper:]' '[:lower:]')" \
    'index(tolower($0), name ":") == 1 { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); print; exit }' headers
}

step() {
  STEP=$*
  echo "== $STEP"
}

# Idempotency-Key values: any 1 to 200 characters, new for each new request
new_key() {
  echo "walkthrough-$(date +%s)-$RANDOM$RANDOM"
}

step "issue a partner key for Kochi University and a curator key"
call 201 -- -X POST "$GW/api/v1/admin/keys" -H "X-API-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"label": "Kochi University", "role": "partner", "institution": "kochi-university"}'
KEY=$(jq -r .key body)
[[ $(header Location) == /api/v1/admin/keys/* ]] || fail "Location $(header Location) is not the key's relative path"
call 201 -- -X POST "$GW/api/v1/admin/keys" -H "X-API-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"label": "research team", "role": "curator"}'
CURATOR_KEY=$(jq -r .key body)

step "create a case (a slug of this run's own, so a second run creates another)"
CASE=kochi-tosa-pilot-$(date +%s)
call 201 -- -X POST "$GW/api/v1/cases" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $(new_key)" \
  -d '{"slug": "'"$CASE"'", "title": {"ja": "土佐の試み", "en": "A Tosa pilot"}, "country": "JP",
       "leadInstitution": "kochi-university", "period": {"startYear": "令和4年"}, "sdgs": [4, 11]}'
expect '.version == 1 and .period.startYear == 2022'
CASE_ID=$(jq -r .id body)
[[ $(header Location) == "/api/v1/cases/$CASE_ID" ]] || fail "Location $(header Location)"
[[ $(header ETag) == '"1"' ]] || fail "ETag $(header ETag)"

step "read a seed case with its ETag"
call 200 -- -i "$GW/api/v1/cases/kochi-ubc"
grep -qi '^etag: "' body || fail "no ETag"

step "search in Chinese, in Japanese, and in Japanese by its reading in kana"
call 200 -- -G "$GW/api/v1/cases/search" --data-urlencode q=烏金
expect '[.items[].case.slug] | index("ncku-guantian-black-gold") != null'
call 200 -- -G "$GW/api/v1/cases/search" --data-urlencode q=関係人口
expect '.items[0].case.slug == "ryukoku-footpath-higashiomi"'
call 200 -- -G "$GW/api/v1/cases/search" --data-urlencode q=かんけいじんこう
expect '.items[0].case.slug == "ryukoku-footpath-higashiomi"'

step "the titles of several cases in one request"
call 200 -- -G "$GW/api/v1/cases" -d ids=kochi-ubc,ryukoku-footpath-higashiomi -d limit=200
expect '[.items[].slug] | sort == ["kochi-ubc", "ryukoku-footpath-higashiomi"]'
call 200 -- -G "$GW/api/v1/institutions" -d ids=kochi-university,nkust
expect '[.items[].slug] | sort == ["kochi-university", "nkust"]'

step "the case's history"
call 200 -- "$GW/api/v1/cases/$CASE/revisions"
expect '.items | length == 1'

step "export (CSV, UTF-8 with a byte order mark)"
call 200 -- "$GW/api/v1/cases/export?format=csv&country=TW"
[[ $(head -c 3 body | od -An -tx1 | tr -d ' \n') == efbbbf ]] || fail "the CSV does not start with a BOM"

step "import the sample cases (NDJSON; a second run leaves them unchanged)"
call 200 -- -X POST "$GW/api/v1/cases/import" -H "X-API-Key: $CURATOR_KEY" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$HERE/cases.ndjson"
expect '.received == 2 and .rejected == 0 and .created + .unchanged + .updated == 2'

step "an import of a file that is not there is refused, not counted as nothing"
call 400 -- -X POST "$GW/api/v1/cases/import" -H "X-API-Key: $CURATOR_KEY" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$WORK/no-such-file.ndjson"
expect '.errors[0].field == "body"'

step "a partner university posts an update to a partnership it belongs to"
call 201 -- -X POST "$GW/api/v1/partnerships/nkust-kochi-joint-competition/updates" \
  -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -H "Idempotency-Key: $(new_key)" \
  -d '{"kind": "ACTIVITY", "date": "2025-11-20", "direction": "MUTUAL",
       "text": {"ja": "高知と高雄の学生が合同で現地調査を行った。"},
       "participants": [{"country": "JP", "kind": "STUDENTS", "count": 12}, {"country": "TW", "kind": "STUDENTS", "count": 15}]}'
[[ $(header Location) == /api/v1/partnerships/*/updates/* ]] || fail "Location $(header Location)"

step "a university named by another university's key is PENDING until one of its own keys confirms"
call 201 -- -X POST "$GW/api/v1/admin/keys" -H "X-API-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"label": "NKUST", "role": "partner", "institution": "nkust"}'
NKUST_KEY=$(jq -r .key body)
SLUG=nkust-kochi-walkthrough-$(date +%s)
call 201 -- -X POST "$GW/api/v1/partnerships" -H "X-API-Key: $NKUST_KEY" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $(new_key)" \
  -d '{"slug": "'"$SLUG"'", "title": {"en": "NKUST × Kochi (walkthrough)"}, "kind": "JOINT_COURSE", "public": true,
       "members": [{"institution": "nkust", "role": "LEAD"}, {"institution": "kochi-university", "role": "PARTNER"}]}'
expect '[.members[] | select(.institutionSlug == "kochi-university") | .consent] == ["PENDING"]'
KOCHI_KEY=$KEY
call 200 -- -X POST "$GW/api/v1/partnerships/$SLUG/members/kochi-university/consent" -H "X-API-Key: $KOCHI_KEY"
expect '[.members[].consent] | all(. == "CONFIRMED")'

step "the three questions a researcher asks first, the source's table and the thesis"
call 200 -- "$GW/api/v1/comparisons/overview?groupBy=country&groups=JP,TW"
call 200 -- "$GW/api/v1/comparisons/trend?dimension=strategy-stage&a=JP&b=TW&gap=mean&minCases=2"
call 200 -- "$GW/api/v1/comparisons/reliability"
call 200 -- "$GW/api/v1/comparisons/table" -H 'Accept-Language: en'
call 200 -- "$GW/api/v1/comparisons/thesis"

step "the cases behind a figure (JP's 'network' in 2025, the year the seed codes it)"
call 200 -- "$GW/api/v1/comparisons/cases?dimension=strategy-stage&group=JP&code=network&from=2025&to=2025&limit=200"
expect '.items | length > 0'

step "data for R, SPSS, QCA and an appendix"
call 200 -- "$GW/api/v1/codings/export?dimension=strategy-stage"
[[ $(head -c 3 body | od -An -tx1 | tr -d ' \n') == efbbbf ]] || fail "the codings CSV does not start with a BOM"
call 200 -- "$GW/api/v1/comparisons/reliability-data/matrix?dimension=strategy-stage"
call 200 -- "$GW/api/v1/codebooks/taiwan-japan-revitalization/document"
grep -q 'strategy-stage' body || fail "the codebook document does not list strategy-stage"

step "a dashboard polls with its ETag: 304 until the data changes"
# the cases written above reach the comparison through Kafka: wait (at most 30 s) until its summary stands still
for _ in $(seq 30); do
  ETAG=$(curl -si "$GW/api/v1/comparisons/summary" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$GW/api/v1/comparisons/summary" -H "If-None-Match: $ETAG") == 304 ]] && break
  sleep 1
done
[[ -n $ETAG ]] || fail "no ETag on the summary"
call 304 -- "$GW/api/v1/comparisons/summary" -H "If-None-Match: $ETAG"

step "the change streams answer (each followed here for 2 s)"
call 200 -- -N --max-time 2 "$GW/api/v1/comparisons/changes"
call 200 -- -N --max-time 2 "$GW/api/v1/partnerships/changes"
grep -Eq '^event: ?ready' body || fail "the partnerships change stream sent no ready event"

step "import codings (curator; a second run leaves them unchanged)"
call 200 -- -X POST "$GW/api/v1/codings/import" -H "X-API-Key: $CURATOR_KEY" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$HERE/codings.ndjson"
expect '.received == 1 and .rejected == 0'

step "cases, then their codings at once, with the cases' X-Consistency-Token"
call 200 -- -X POST "$GW/api/v1/cases/import" -H "X-API-Key: $CURATOR_KEY" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$HERE/cases.ndjson"
# a write that changed nothing (a second run) publishes nothing and answers no token: nothing to wait for
TOKEN=$(header X-Consistency-Token)
call 200 -- -X POST "$GW/api/v1/codings/import" -H "X-API-Key: $CURATOR_KEY" ${TOKEN:+-H "X-Consistency-Token: $TOKEN"} \
  -H 'Content-Type: application/x-ndjson' --data-binary @"$HERE/codings.ndjson"
expect '.rejected == 0'

echo "walkthrough: all $CHECKS checks passed against $GW"
