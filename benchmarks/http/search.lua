-- Catalogue searches as search pages send them: words (synonyms, a typo, several words), filters,
-- pages, every facet counted. A mix with a head and a long tail, as real search traffic has:
-- 70 % of the requests are 40 popular searches (the twelve of CatalogueSearchBenchmark among them),
-- 30 % are drawn from about 40,000 others (a word, one of the 342 municipalities, page 1 to 3), most
-- of which are seen once in a run. So the server's answer cache (SearchAnswers) helps the head and
-- not the tail; its hit rate is in the server's log when it stops.
-- wrk -s search.lua http://host:port (run from the repository root, as run.sh does).
dofile("benchmarks/http/report.lua")

local head = {
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
local words = {
  "paspoort", "rijbewijs", "identiteitskaart", "uittreksel", "verhuizen", "parkeervergunning", "grofvuil",
  "bijstand", "kwijtschelding", "huwelijk", "geboorteaangifte", "omgevingsvergunning", "kapvergunning",
  "afvalcontainer", "hondenbelasting", "ww", "toeslagen", "wmo", "vog", "reisdocument", "gestolen",
  "melding+openbare+ruimte", "evenementenvergunning", "naturalisatie", "gehandicaptenparkeerkaart",
  "rijbwijs", "adreswijziging", "uitkering", "begraven", "ontheffing", "subsidie", "leerlingenvervoer",
  "legitimatiebewijs", "stadspas", "huisvuil", "bouwen", "terras", "standplaats", "marktvergunning", "id+kaart",
}
for i = 1, 28 do
  if #head >= 40 then break end
  head[#head + 1] = "/api/catalogue/search?q=" .. words[i]
end

local function municipality(n)
  if n == 0 then return "GM0344" elseif n == 1 then return "GM0363" elseif n == 2 then return "GM0214" end
  return string.format("GM%04d", 1000 + n)
end

-- A fixed pseudo-random sequence per thread (Park-Miller), so runs are alike.
local state = 42
local function random(n)
  state = (state * 16807) % 2147483647
  return state % n
end

-- setup runs in wrk's main Lua state, once per thread; the value becomes a global of that thread.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", 42 + 7919 * threads)
end

function init(args)
  state = seed or 42
end

function request()
  local path
  if random(10) < 7 then
    path = head[random(#head) + 1]
  else
    path = "/api/catalogue/search?q=" .. words[random(#words) + 1] .. "&municipality=" .. municipality(random(342))
        .. "&page=" .. (random(3) + 1)
  end
  return wrk.format("GET", path, { ["Accept-Language"] = "nl" })
end
