"""Templates for bench/structure.py: the apparatus it injects into dev-set gold bodies.

Data only (no logic): names, agencies, headings, bylines, dates, read-time lines, caption sentences,
credit formats and citation texts, in English, Spanish, French, German, Portuguese and Italian.
Written for this project. Slots in braces are filled by the generator: {name}, {name2}, {agency},
{city}, {country}, {day}, {month}, {year}, {weekday}, {n} (minutes), {host}, {url}, {title}, {words},
{page}, {publisher}, {hh}, {mm}. Vary these freely: a rule fix must generalise beyond them.
"""

from __future__ import annotations

LANGS = ("en", "en", "en", "en", "es", "fr", "de", "pt", "it")

FIRST = ("Jane", "Carlos", "Mei", "Olusegun", "Anna", "Pierre", "Lucía", "Tomasz", "Aisha", "Kenji",
         "Giulia", "João", "Ingrid", "Rahul", "Fatima", "Sean", "Élodie", "Björn", "Chloe", "Mateus",
         "Laura", "Dmitri", "Hannah", "Ahmed", "Sofía", "Luca", "Nadia", "Oliver", "Beatriz", "Yuki")
LAST = ("Doe", "Hernández", "Zhang", "Adeyemi", "Schmidt", "Dubois", "Fernández", "Kowalski", "Khan",
        "Tanaka", "Romano", "Silva", "Larsen", "Mehta", "Haddad", "O'Brien", "Moreau", "Lindqvist",
        "Nguyen", "Costa", "Bianchi", "Ivanov", "McKenzie", "Rahman", "Ortiz", "Ferrari", "Petrova",
        "Whitaker", "Araújo", "Sato")
CITIES = (("Nairobi", "Kenya"), ("Lima", "Peru"), ("Hamburg", "Germany"), ("Lyon", "France"),
          ("Osaka", "Japan"), ("Porto", "Portugal"), ("Naples", "Italy"), ("Seville", "Spain"),
          ("Denver", "Colorado"), ("Manila", "Philippines"), ("Lagos", "Nigeria"), ("Quito", "Ecuador"),
          ("Gdansk", "Poland"), ("Adelaide", "Australia"), ("Recife", "Brazil"), ("Tucson", "Arizona"))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}

# -- head zone ------------------------------------------------------------------------------------

SECTIONS = {
    "en": ("World", "Politics", "Business", "Technology", "Science", "Health", "Opinion", "Culture"),
    "es": ("Mundo", "Política", "Economía", "Deportes"),
    "fr": ("Monde", "International", "Culture"),
    "de": ("Politik", "Wirtschaft", "Welt"),
    "pt": ("Mundo", "Política", "Economia"),
    "it": ("Mondo", "Cronaca", "Economia"),
}
BYLINES = {
    "en": ("By {name}", "By {name} and {name2}", "Written by {name}", "BY {NAME}", "By {name}, {name2}"),
    "es": ("Por {name}", "Por {name} y {name2}", "Escrito por {name}"),
    "fr": ("Par {name}", "Par {name} et {name2}", "Rédigé par {name}"),
    "de": ("Von {name}", "Von {name} und {name2}", "Ein Beitrag von {name}"),
    "pt": ("Por {name}", "Por {name} e {name2}"),
    "it": ("Di {name}", "di {name}", "Scritto da {name}", "A cura di {name}"),
}
DATES = {
    "en": ("{month} {day}, {year}", "Published {month} {day}, {year}", "Updated {month} {day}, {year} at {h12}:{mm} pm",
           "{weekday}, {month} {day}, {year}", "{day} {month} {year}", "{year}-{m2}-{d2}"),
    "es": ("{day} de {month} de {year}", "Publicado el {day} de {month} de {year}", "Actualizado: {d2}/{m2}/{year}"),
    "fr": ("{day} {month} {year}", "Publié le {day} {month} {year} à {hh}h{mm}", "Mis à jour le {d2}/{m2}/{year}"),
    "de": ("{day}. {month} {year}", "{day}. {month} {year}, {hh}:{mm} Uhr", "Aktualisiert am {d2}.{m2}.{year}"),
    "pt": ("{day} de {month} de {year}", "Publicado em {d2}/{m2}/{year}", "Atualizado em {day} de {month} de {year}"),
    "it": ("{day} {month} {year}", "Pubblicato il {d2}/{m2}/{year}", "Aggiornato il {day} {month} {year}"),
}
READ_TIMES = {
    "en": ("{n} min read", "{n} minute read", "{n} mins read", "Reading time: {n} minutes"),
    "es": ("Tiempo de lectura: {n} min", "{n} min de lectura"),
    "fr": ("Temps de lecture : {n} min", "{n} min de lecture"),
    "de": ("Lesezeit: {n} Min.", "{n} Minuten Lesezeit"),
    "pt": ("Tempo de leitura: {n} min", "{n} min de leitura"),
    "it": ("Tempo di lettura: {n} minuti", "{n} min di lettura"),
}

# -- captions -------------------------------------------------------------------------------------

#: Caption sentences (what the picture shows). Some end in a date, some in a place.
CAPTIONS = (
    "{name} speaks to supporters during a rally in {city}, {country}, on {month} {day}, {year}.",
    "Residents walk past damaged houses in {city}, {country}, {weekday}.",
    "Firefighters work to contain a blaze on the outskirts of {city} on {weekday}, {month} {day}.",
    "Commuters wait for a train at a station in {city}, {country}, {month} {day}, {year}.",
    "Delegates arrive for the opening session of the summit in {city} on {month} {day}, {year}.",
    "A farmer inspects his crop in a field near {city}, {country}.",
    "{name}, the company's chief executive, attends a news conference in {city}.",
    "Police officers stand guard outside the courthouse in {city} as the trial opens.",
    "Volunteers hand out food to families at a community centre in {city}, {country}, on {weekday}.",
    "Shipping containers are stacked at the port of {city}, {country}, {month} {day}, {year}.",
    "Protesters hold placards during a demonstration against rising prices in central {city}.",
    "An aerial view shows flooded streets in {city} after days of heavy rain.",
    "{name} celebrates after scoring during the match in {city} on {month} {day}, {year}.",
    "Visitors look at a painting on display at a museum in {city}, {country}.",
    "Rescue workers search the rubble of a collapsed building in {city}, {country}, on {weekday}.",
    "Students take part in a climate protest outside parliament in {city}.",
)
#: Credit formats, by family: (template, how it is placed). "tail" follows the caption sentence on
#: its line, "paren" closes it in parentheses, "line" stands on a line of its own under it.
CREDITS: dict[str, tuple[tuple[str, str], ...]] = {
    "reuters": (("REUTERS/{name}", "tail"), ("Reuters/{name}", "tail"), ("REUTERS/{name}/File Photo", "tail"),
                ("Photo: Reuters", "tail")),
    "ap": (("(AP Photo/{name})", "paren"), ("AP Photo/{name}", "tail"), ("(AP Photo/{name}, File)", "paren")),
    "getty": (("{name}/AFP via Getty Images", "tail"), ("(Photo by {name}/Getty Images)", "paren"),
              ("AFP via Getty Images", "tail"), ("{name}/Getty Images", "tail")),
    "epa": (("EPA-EFE/{NAME}", "tail"), ("EPA/{name}", "tail"), ("(EPA-EFE/{NAME})", "paren")),
    "bloomberg": (("Photographer: {name}/Bloomberg", "tail"), ("{name}/Bloomberg", "tail")),
    "shutterstock": (("(Shutterstock)", "paren"), ("Image: Shutterstock", "tail"), ("Photo: Shutterstock", "tail")),
    "photo_colon": (("Photo: {name}", "tail"), ("Photo: {name}", "line"), ("PHOTO: {name}", "tail")),
    "image_colon": (("Image: {name}", "tail"), ("Image: {name}/{agency}", "tail")),
    "credit_colon": (("Credit: {name}", "tail"), ("Credit: {name} for The Chronicle", "tail"),
                     ("Credit: {agency}", "line")),
    "source_colon": (("Source: {agency}", "line"), ("Source: Bureau of Statistics", "line")),
    "photo_credit_paren": (("(Photo Credit : {name})", "paren"), ("(Photo credit: {name})", "paren")),
    "handout": (("Handout via REUTERS", "tail"), ("(Handout/{agency})", "paren"), ("Ministry of Defence/Handout via REUTERS", "tail")),
    "file_photo": (("FILE PHOTO", "prefix"),),
    "es": (("Foto: EFE/{name}", "tail"), ("Foto: {name}", "tail"), ("(Foto: Europa Press)", "paren")),
    "fr": (("Photo : AFP", "tail"), ("Crédit photo : {name}", "tail"), ("(Photo {name}/AFP)", "paren")),
    "de": (("Foto: dpa/{name}", "tail"), ("Bild: picture alliance / dpa", "tail"), ("(Foto: Imago)", "paren")),
    "pt": (("Foto: {name}/Folhapress", "tail"), ("Foto: Agência Brasil", "tail")),
    "it": (("Foto: ANSA/{NAME}", "tail"), ("(Foto: LaPresse)", "paren")),
}
AGENCIES = ("REUTERS", "AFP", "AP", "Getty Images", "EPA", "Bloomberg", "dpa", "Anadolu Agency", "Xinhua")

# -- footnotes ------------------------------------------------------------------------------------

REFERENCE_HEADINGS = {
    "en": ("References", "Notes", "Sources", "Footnotes", "Citations"),
    "es": ("Referencias", "Notas", "Fuentes"),
    "fr": ("Références", "Notes", "Sources"),
    "de": ("Einzelnachweise", "Anmerkungen", "Quellen"),
    "pt": ("Referências", "Notas", "Fontes"),
    "it": ("Note", "Riferimenti", "Fonti"),
}
ENDNOTE_HEADINGS = {
    "en": ("Notes", "Endnotes", "Sources", "References"),
    "es": ("Notas", "Fuentes"), "fr": ("Notes", "Sources"), "de": ("Anmerkungen", "Quellen"),
    "pt": ("Notas", "Fontes"), "it": ("Note", "Fonti"),
}
HOSTS = ("fronterasdesk.org", "www.nature.com", "apnews.com", "www.bbc.co.uk", "elpais.com", "www.lemonde.fr",
         "www.spiegel.de", "oglobo.globo.com", "www.repubblica.it", "arxiv.org", "www.who.int",
         "data.worldbank.org", "www.nytimes.com", "theconversation.com")
PUBLISHERS = ("Oxford University Press", "The Guardian", "Nature", "Reuters", "El País", "Le Monde",
              "Der Spiegel", "World Bank", "Journal of Applied Ecology", "The Lancet")
TITLE_WORDS = ("Rising costs and the new housing market", "A history of the coastal railway",
               "Climate and crop yields in the twentieth century", "How cities measure air quality",
               "The economics of small farms", "Water rights in the river basin",
               "Annual report on public health", "Trade routes of the medieval port")
#: Citation texts (what a note says).
CITATIONS = (
    '{last}, {first} ({year}). "{title}". {publisher}. Retrieved {month} {day}, {year2}.',
    '{last}, {first}; {last2}, {first2} ({year}). {title}. {publisher}. pp. {page}–{page2}. ISBN 978-0-19-{isbn}.',
    '"{title}". {publisher}. {day} {month} {year}. Archived from the original on {day} {month} {year2}.',
    '{first} {last}, "{title}," {publisher}, {year}, p. {page}.',
    '{last}, {first} et al. ({year}). "{title}". {publisher}. {vol} (3): {page}–{page2}. doi:10.{doi}.',
    '{publisher} ({year}). {title}. {url}',
)
URL_PATHS = ("/news/{year}/{slug}", "/articles/{slug}-{page}", "/{year}/{m2}/{d2}/{slug}/", "/report/{slug}.pdf")
#: Wikipedia maintenance tags and edit links dropped with the markers.
WIKI_TAGS = ("[citation needed]", "[clarification needed]", "[when?]")
