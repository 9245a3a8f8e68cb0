// Spectral's OpenAPI rules and the OWASP API security rules, as CI runs them on the suite's documents
// (system-tests' ApiContractTest). Errors fail the build. The rules lowered to warnings below are each lowered for
// the reason beside it; every other rule stays as the rulesets set it.
import { oas } from "@stoplight/spectral-rulesets";
import owasp from "@stoplight/spectral-owasp-ruleset";

export default {
  extends: [oas, owasp],
  rules: {
    // Sizes are bounded where the services read a request, not yet per field in the schemas: every body by its body
    // limit (1 MB, imports 20 MB: a 413 problem), every text field by its length check (a 400 problem naming the
    // field), every list of results by its page limit (at most 200). Declaring each field's bound is open work.
    "owasp:api4:2023-string-limit": "warn",
    "owasp:api4:2023-array-limit": "warn",
    "owasp:api4:2023-integer-limit": "warn",
    // The gateway limits requests per key and per address (token buckets) and declares its 429 with Retry-After on
    // every operation. It sends no quota headers (RateLimit-*) on other answers, so declaring them would be false.
    "owasp:api4:2023-rate-limit": "warn",
    // Access-Control-Allow-Origin is the gateway's, for every path alike (gateway.cors.origins, docs/gateway.md),
    // not a header of one operation's answer.
    "owasp:api8:2023-define-cors-origin": "warn",
    // Warnings as the rulesets set them, accepted for these reasons:
    // free text (titles, summaries, quotes in three languages) has no pattern; ids and slugs are checked where read.
    "owasp:api4:2023-string-restricted": "warn",
    // a 5xx is no part of any operation's contract; the suite still answers it as a problem.
    "owasp:api8:2023-define-error-responses-500": "warn",
    // operations without parameters or body have nothing a 400 could name.
    "owasp:api8:2023-define-error-validation": "warn",
    // the suite has no public contact yet; docs/ and the README are where a developer starts.
    "info-contact": "warn",
    // some reads say all in their summary (e.g. "Read a codebook version"); a description would repeat it.
    "operation-description": "warn",
    // the shared answers (Unauthorized, Forbidden, TooManyRequests) are declared in every document, used there or
    // not, so that each document and the merged one hold the same single definition of each.
    "oas3-unused-component": "warn",
  },
};
