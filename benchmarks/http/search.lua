-- Catalogue searches as a search page sends them, in turn: words (synonyms, a typo, several words),
-- filters, and every facet counted; the same mix as CatalogueSearchBenchmark.
-- wrk -s search.lua http://host:port (run from the repository root, as run.sh does).
dofile("benchmarks/http/report.lua")

local queries = {
  "/api/catalogue/search?q=paspoort",
  "/api/catalogue/search?q=identiteitskart",
  "/api/catalogue/search?q=ID-kaart&municipality=GM0344",
  "/api/catalogue/search?q=parkeervergunning&municipality=GM0363",
  "/api/catalogue/search?q=bijstand+aanvragen",
  "/api/catalogue/search?q=grofvuil&municipality=GM0214",
  "/api/catalogue/search?q=uittreksel&payment=CASH",
  "/api/catalogue/search?q=rijbewijs&channel=ONLINE&audience=CITIZEN",
  "/api/catalogue/search?q=omgevingsvergunning+bouw&municipality=GM1100",
  "/api/catalogue/search?q=kwijtschelding&municipality=GM0344&payment=FREE",
  "/api/catalogue/search?q=verhuizen&lifeEvent=verhuizen",
  "/api/catalogue/search?q=afvalcontainer&page=2",
}
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("GET", queries[(counter % #queries) + 1], { ["Accept-Language"] = "nl" })
end
