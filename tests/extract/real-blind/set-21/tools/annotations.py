"""Reference annotation of set-21 (blind21), written by hand from the texts alone before any extractor run.
E(name, type, aliases, optional) for entities; R(article-prefix, source, type, target, snippet, **extra)
for relations (snippet = a piece of the evidence sentence)."""

from gold_dsl import E, R, OPT  # noqa: F401 (shared notation: ../../tools/gold_dsl.py)

ENTITIES = [
    # countries and supranational
    E("United States", "Country", ["United States of America", "US", "U.S.", "USA", "États-Unis", "Etats-Unis"]),
    E("United Kingdom", "Country", ["UK", "Royaume-Uni", "Britain"]),
    E("France", "Country", ["République française"]),
    E("Germany", "Country", ["Allemagne"]),
    E("Spain", "Country", ["Espagne"]),
    E("Italy", "Country", ["Italie"]),
    E("Denmark", "Country", ["Danemark"]),
    E("Sweden", "Country", ["Suède"]),
    E("Brazil", "Country", ["Brésil"]),
    E("Switzerland", "Country", ["Suisse"]),
    E("Bulgaria", "Country", ["Bulgarie"]),
    E("Russia", "Country", ["Russie"]),
    E("Ukraine", "Country", []),
    E("Romania", "Country", ["Roumanie"], optional=True),           # adjective only ("Romanian scheme", "Romanian regime")
    E("Belgium", "Country", ["Belgique"], optional=True),           # adjective only ("Belgian aeronautics company")
    E("Turkey", "Country", ["Türkiye", "Turquie"], optional=True),  # adjective only ("Turkish conglomerate")
    E("European Union", "Organization", ["EU", "UE", "Union européenne"], optional=True),
    E("Europe", "Region", [], optional=True),
    E("Asia", "Region", [], optional=True),
    # places
    E("Basque Provinces", "Region", ["Basque Country"]),
    E("Walloon Region", "Region", ["Wallonia", "Région wallonne"]),
    E("Wales", "Region", ["Pays de Galles"]),
    E("North Wales", "Region", []),
    E("Deeside", "Region", []),
    E("Wrexham", "Region", []),
    E("Flintshire", "Region", []),
    E("London", "Region", ["Londres"]),
    E("La Bâthie", "Region", ["La Bathie"]),
    E("Savoie", "Region", ["Savoy"]),
    E("Saint-Saulve", "Region", []),
    E("Aulnoye-Aymeries", "Region", []),
    E("Déville-lès-Rouen", "Region", ["Deville-les-Rouen", "Déville"]),
    E("Rouffach", "Region", []),
    E("Haut-Rhin", "Region", []),
    E("Alsace", "Region", [], optional=True),                       # only inside an agency's name
    E("New York", "Region", [], optional=True),                     # conference venues
    E("Brussels", "Region", ["Bruxelles"], optional=True),
    E("Paris", "Region", [], optional=True),
    E("Copenhagen", "Region", [], optional=True),
    E("Bucharest", "Region", [], optional=True),
    # companies
    E("Ingram Micro", "Company", []),
    E("Brightpoint", "Company", []),
    E("Deutsche Bank", "Company", []),
    E("Actavis", "Company", []),
    E("Marfrig", "Company", ["Marfrig Group"]),
    E("Keystone", "Company", ["Keystone Foods"]),
    E("CD&R", "Company", ["Clayton, Dubilier & Rice"]),
    E("Univar", "Company", []),
    E("Johnson Controls", "Company", []),
    E("Michel Thierry Group", "Company", ["Michel Thierry"]),
    E("Galenica", "Company", []),
    E("Fresenius", "Company", []),
    E("Advent International Corporation", "Company", ["Advent", "Advent International"]),
    E("Maxam", "Company", ["MaxamCorp Holding", "MaxamCorp"]),
    E("Sernam", "Company", []),
    E("Eurocopter", "Company", []),
    E("Agusta Westland", "Company", ["AgustaWestland"]),
    E("Sonaca", "Company", []),
    E("Bulgargaz EAD", "Company", ["Bulgargaz"]),
    E("Eren Holdings", "Company", ["Eren"]),
    E("Kellanova", "Company", []),
    E("Toyota", "Company", []),
    E("Alteo Arc", "Company", ["Alteo"]),
    E("Pechiney", "Company", []),
    E("Alcan", "Company", []),
    E("Rio Tinto Alcan", "Company", []),
    E("HIG", "Company", ["H.I.G.", "HIG Capital", "groupe HIG"]),
    E("Imerys", "Company", []),
    E("Vallourec", "Company", []),
    E("Mahle Behr", "Company", ["Mahle", "MAHLE Behr"]),
    # products
    E("Kellogg's", "Product", ["Kellogg’s", "Kellogg’s breakfast cereals", "Kellogg's breakfast cereals"]),
    # people
    E("Eluned Morgan", "Person", []),
    E("Jo Stevens", "Person", ["Ms Stevens"]),
    E("Agnès Pannier-Runacher", "Person", ["Agnes Pannier-Runacher"]),
    E("Anne-Laure Cattelot", "Person", []),
    E("Béatrice Descamps", "Person", ["Beatrice Descamps"]),
    E("Joaquín Almunia", "Person", ["Joaquin Almunia"], optional=True),       # speaker of a quoted speech
    E("Alexander Italianer", "Person", [], optional=True),                    # speaker of a quoted speech
    # programmes and events
    E("International Investment Summit", "Program", []),
    E("Wrexham and Flintshire Investment Zone", "Program", ["Investment Zone"], optional=True),
    E("Plan for Change", "Program", [], optional=True),
    E("Industrial Strategy", "Program", [], optional=True),
    E("Temporary Crisis and Transition Framework", "Program", ["Temporary Crisis Framework"], optional=True),
    E("EU Merger Regulation", "Program", [], optional=True),
    # organisations (public bodies, institutions, media)
    E("European Commission", "Organization", ["Commission", "Commission européenne"], optional=True),
    E("EU Court of Justice", "Organization", ["European Court of Justice", "Court of Justice"], optional=True),
    E("UK Government", "Organization", [], optional=True),
    E("Welsh Government", "Organization", ["Welsh Governments"], optional=True),
    E("Welsh Economic Growth Advisory Group", "Organization", [], optional=True),
    E("Fordham Competition Law Institute", "Organization", [], optional=True),
    E("European Economic and Social Committee", "Organization", [], optional=True),
    E("Revue Concurrences", "Organization", ["Concurrences"], optional=True),
    E("Romanian Competition Council", "Organization", ["Consiliul Concurentei", "Competition Council"], optional=True),
    E("European Competition Network", "Organization", [], optional=True),
    E("DG Competition", "Organization", [], optional=True),
    E("Memmingen Airport", "Organization", ["Memmingen airport", "Memmingen"], optional=True),   # an airport (infrastructure)
    E("agence de développement d'Alsace", "Organization", ["ADIRA"], optional=True),
]

RELATIONS = [
    # 01 EC press release (europawire copy), Ingram Micro / Brightpoint
    R("01", "Ingram Micro", "INVESTS_IN", "Brightpoint", "proposed acquisition of US-based distributor of mobility/telecommunications products Brightpoint by Ingram Micro of the US"),
    R("01", "Ingram Micro", "COMPETES_WITH", "Brightpoint", "acquisition of US-based distributor Brightpoint by US rival Ingram Micro"),
    R("01", "Ingram Micro", "LOCATED_IN", "United States", "Ingram Micro, is a US-based company"),
    R("01", "Brightpoint", "LOCATED_IN", "United States", "Brightpoint, a US-based company"),
    R("01", "Ingram Micro", "LOCATED_IN", "Europe", "mainly active in the US, Europe, and Asia", **OPT),
    R("01", "Ingram Micro", "LOCATED_IN", "Asia", "mainly active in the US, Europe, and Asia", **OPT),
    # 02 weekly news summary 2010-09-24
    R("02", "Deutsche Bank", "INVESTS_IN", "Actavis", "planned acquisition of control over generic pharmaceutical company Actavis by Deutsche Bank"),
    R("02", "Marfrig", "INVESTS_IN", "Keystone", "proposed acquisition of meat products supplier Keystone by rival company Marfrig of Brazil"),
    R("02", "Marfrig", "COMPETES_WITH", "Keystone", "Keystone by rival company Marfrig"),
    R("02", "Marfrig", "LOCATED_IN", "Brazil", "rival company Marfrig of Brazil"),
    # 03 weekly news summary 2010-11-26
    R("03", "CD&R", "INVESTS_IN", "Univar", "acquisition of stake in Univar by CD&R"),
    R("03", "Johnson Controls", "INVESTS_IN", "Michel Thierry Group", "acquisition of automotive textile manufacturer Michel Thierry Group by automotive supplier Johnson Controls"),
    R("03", "Basque Provinces", "LOCATED_IN", "Spain", "state aid granted by certain Basque Provinces", **OPT),
    # 04 weekly news summary 2011-10-07
    R("04", "Galenica", "PARTNERS_WITH", "Fresenius", "the creation of a joint venture by Galenica of Switzerland and Fresenius of Germany"),
    R("04", "Galenica", "LOCATED_IN", "Switzerland", "Galenica of Switzerland"),
    R("04", "Fresenius", "LOCATED_IN", "Germany", "Fresenius of Germany"),
    # 05 weekly news summary 2012-02-10
    R("05", "Advent International Corporation", "INVESTS_IN", "Maxam", "acquisition of joint control over MaxamCorp Holding of Spain by the US based Advent International Corporation"),
    R("05", "Maxam", "LOCATED_IN", "Spain", "MaxamCorp Holding of Spain"),
    R("05", "Advent International Corporation", "LOCATED_IN", "United States", "the US based Advent International Corporation"),
    # 06 weekly news summary 2012-03 (Sernam, Eurocopter, Agusta Westland)
    R("06", "Eurocopter", "LOCATED_IN", "France", "Eurocopter in France"),
    R("06", "Agusta Westland", "LOCATED_IN", "Italy", "Agusta Westland in Italy"),
    R("06", "France", "INVESTS_IN", "Eurocopter", "The Commission has authorised France and Italy to grant aid for research and development (R&D) to two European helicopter manufacturers", **OPT),
    R("06", "Italy", "INVESTS_IN", "Agusta Westland", "The Commission has authorised France and Italy to grant aid for research and development (R&D) to two European helicopter manufacturers", **OPT),
    # 07 weekly news summary 2013-06-07 (Sonaca, Memmingen)
    R("07", "Walloon Region", "INVESTS_IN", "Sonaca", "a residual claim of €43.5 million held against the Belgian aeronautics company Sonaca, in which the Region has a 92.29% holding", amounts=[[43500000, "EUR"]]),
    R("07", "Sonaca", "LOCATED_IN", "Belgium", "the Belgian aeronautics company Sonaca", **OPT),
    R("07", "Memmingen Airport", "LOCATED_IN", "Germany", "Memmingen airport is a small regional airport located in South Germany", **OPT),
    # 08 Competition Weekly e-news 2023-10-13
    R("08", "Bulgargaz EAD", "LOCATED_IN", "Bulgaria", "the public supplier of natural gas in Bulgaria, Bulgargaz EAD"),
    R("08", "Bulgaria", "INVESTS_IN", "Bulgargaz EAD", "an around €400 million (BGN 800 million) Bulgarian measure to support the public supplier of natural gas in Bulgaria, Bulgargaz EAD", amounts=[[400000000, "EUR"], [800000000, "BGN"]], **OPT),
    # 09 Welsh Government (wired-gov copy), International Investment Summit
    R("09", "Eren Holdings", "INVESTS_IN", "Deeside", "Eren Holdings announced a £1 billion investment which will secure 300 jobs on Deeside", amounts=[[1000000000, "GBP"]], jobs=300),
    R("09", "Kellanova", "INVESTS_IN", "Wrexham", "announced a £75 million investment which will create 130 new jobs in Wrexham", amounts=[[75000000, "GBP"]], jobs=130),
    R("09", "Kellanova", "DEVELOPS", "Kellogg's", "which produces Kellogg’s breakfast cereals"),
    R("09", "Eren Holdings", "LOCATED_IN", "Turkey", "Turkish conglomerate Eren Holdings", **OPT),
    R("09", "Kellanova", "LOCATED_IN", "United States", "Kellanova, the American multinational", **OPT),
    R("09", "Eren Holdings", "INVESTS_IN", "Wales", "Wales has seen major overseas investments announced recently", **OPT),
    R("09", "Kellanova", "INVESTS_IN", "Wales", "Wales has seen major overseas investments announced recently", **OPT),
    R("09", "Eluned Morgan", "ROLE_AT", "Wales", "The First Minister Eluned Morgan will meet multinational businesses", role="First Minister", **OPT),
    R("09", "International Investment Summit", "LOCATED_IN", "London", "at the International Investment Summit in London today", **OPT),
    # 10 GOV.UK, North Wales (Jo Stevens)
    R("10", "Jo Stevens", "ROLE_AT", "United Kingdom", "Welsh Secretary Jo Stevens has made it clear to North Wales business leaders", role="Welsh Secretary"),
    R("10", "Jo Stevens", "ROLE_AT", "Wales", "Welsh Secretary Jo Stevens has made it clear to North Wales business leaders", role="Welsh Secretary", **OPT),
    R("10", "Jo Stevens", "ROLE_AT", "UK Government", "UK Government’s economic growth mission delivers", **OPT),
    R("10", "Toyota", "LOCATED_IN", "Deeside", "when she met them at Toyota on Deeside", **OPT),
    R("10", "UK Government", "INVESTS_IN", "Wrexham and Flintshire Investment Zone", "The Wrexham and Flintshire Investment Zone is backed by £160m of UK Government money", amounts=[[160000000, "GBP"]], **OPT),
    R("10", "Wrexham and Flintshire Investment Zone", "LOCATED_IN", "Wrexham", "£160m Investment Zone in Wrexham and Flintshire", **OPT),
    R("10", "Wrexham and Flintshire Investment Zone", "LOCATED_IN", "Flintshire", "£160m Investment Zone in Wrexham and Flintshire", **OPT),
    # 11 Assemblée nationale, Alteo Arc at La Bâthie
    R("11", "Alteo Arc", "LOCATED_IN", "La Bâthie", "l’entreprise Alteo Arc située à La Bâthie, en Savoie"),
    R("11", "Alteo Arc", "LOCATED_IN", "Savoie", "l’entreprise Alteo Arc située à La Bâthie, en Savoie", **OPT),
    R("11", "La Bâthie", "LOCATED_IN", "Savoie", "située à La Bâthie, en Savoie", **OPT),
    R("11", "Pechiney", "INVESTS_IN", "La Bâthie", "Cette usine plus que centenaire a appartenu longtemps au groupe Pechiney", **OPT),
    R("11", "Alcan", "INVESTS_IN", "La Bâthie", "elle a été ensuite rachetée par Alcan puis Rio Tinto Alcan avant d’être cédée au groupe HIG"),
    R("11", "Rio Tinto Alcan", "INVESTS_IN", "La Bâthie", "elle a été ensuite rachetée par Alcan puis Rio Tinto Alcan avant d’être cédée au groupe HIG"),
    R("11", "HIG", "INVESTS_IN", "La Bâthie", "elle a été ensuite rachetée par Alcan puis Rio Tinto Alcan avant d’être cédée au groupe HIG"),
    R("11", "Alcan", "INVESTS_IN", "Pechiney", "Comme les autres activités de Pechiney, elle a été ensuite rachetée par Alcan", **OPT),
    R("11", "Alteo Arc", "SUBSIDIARY_OF", "HIG", "Ce groupe a fait le choix de mettre en vente une partie de ses sites, dont La Bâthie", **OPT),
    R("11", "Imerys", "INVESTS_IN", "Alteo Arc", "Le groupe Français Imerys s’est positionné comme repreneur des sites d’Alteo Arc"),
    R("11", "Imerys", "LOCATED_IN", "France", "Le groupe Français Imerys", **OPT),
    # 12 Assemblée nationale, Vallourec
    R("12", "Agnès Pannier-Runacher", "ROLE_AT", "France", "Mme Agnès Pannier-Runacher, ministre déléguée chargée de l'industrie", role="ministre déléguée chargée de l'industrie"),
    R("12", "Vallourec", "LOCATED_IN", "Déville-lès-Rouen", "à Déville-lès-Rouen, avec la fermeture du site employant 190 salariés"),
    R("12", "Vallourec", "LOCATED_IN", "Saint-Saulve", "notamment à Saint-Saulve, à Aulnoye-Aymeries", **OPT),
    R("12", "Vallourec", "LOCATED_IN", "Aulnoye-Aymeries", "notamment à Saint-Saulve, à Aulnoye-Aymeries", **OPT),
    R("12", "Vallourec", "LOCATED_IN", "France", "dont 350 en France", **OPT),
    # 13 Assemblée nationale, Mahle Behr at Rouffach
    R("13", "Mahle Behr", "LOCATED_IN", "Rouffach", "la direction du groupe Mahle Behr, équipementier automobile, a annoncé la suppression de 236 des 640 emplois du site de Rouffach"),
    R("13", "Mahle Behr", "LOCATED_IN", "Haut-Rhin", "dans le Haut-Rhin, la direction du groupe Mahle Behr", **OPT),
    R("13", "Rouffach", "LOCATED_IN", "Haut-Rhin", "Dans ma circonscription, dans le Haut-Rhin", **OPT),
]
