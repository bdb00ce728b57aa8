"""Reference annotation of set-20 (blind20), written by hand from the texts alone before any extractor run.
E(name, type, aliases, optional) for entities; R(article-prefix, source, type, target, snippet, **extra)
for relations (snippet = a piece of the evidence sentence)."""

from gold_dsl import E, R, OPT  # noqa: F401 (shared notation: ../../tools/gold_dsl.py)

ENTITIES = [
    # countries
    E("United States", "Country", ["United States of America", "US", "U.S.", "USA", "America", "États-Unis"]),
    E("China", "Country", ["Chine"]),
    E("Germany", "Country", ["Allemagne"]),
    E("France", "Country", ["République française"]),
    E("Japan", "Country", ["Japon"], optional=True),                  # adjective only ('Japanese company', 'the Japanese capital')
    E("United Kingdom", "Country", ["UK", "Britain"], optional=True),   # adjective only ('British-owned')
    E("Belgium", "Country", ["Belgique"], optional=True),             # adjective only ('Belgian-Brazilian')
    E("Brazil", "Country", ["Brésil"]),
    E("Europe", "Region", [], optional=True),
    # places (US)
    E("London", "Region", [], optional=True),                         # a stock market ('Early trading in London')
    E("Tokyo", "Region", [], optional=True),                          # dateline
    E("Michigan", "Region", []),
    E("Delaware", "Region", []),
    E("Pella", "Region", []),
    E("Iowa", "Region", []),
    E("Westerville", "Region", []),
    E("Ohio", "Region", []),
    E("Central Ohio", "Region", []),
    E("Columbus Region", "Region", ["11-county Columbus Region"]),
    E("Alabama", "Region", ["Ala."]),
    E("Massachusetts", "Region", []),
    E("North Carolina", "Region", ["N.C."]),
    E("Pennsylvania", "Region", []),
    E("South Carolina", "Region", ["S.C."]),
    E("Tennessee", "Region", []),
    E("Virginia", "Region", []),
    E("Washington", "Region", ["Wash.", "Washington State"]),
    E("Wisconsin", "Region", []),
    E("Woodland", "Region", ["city of Woodland"]),
    E("Darlington", "Region", ["city of Darlington"]),
    E("Franklin County", "Region", []),
    E("Haleyville", "Region", ["city of Haleyville"]),
    E("Winston County", "Region", []),
    E("Lincoln County", "Region", []),
    E("Lincolnton", "Region", ["city of Lincolnton"]),
    E("Bay City", "Region", ["Bay City area"]),
    E("Texas", "Region", ["TX"]),
    E("Gulf Coast region", "Region", ["Texas’ Gulf Coast region"], optional=True),
    E("Southern Idaho", "Region", []),
    E("Twin Falls", "Region", []),
    E("Washington, D.C.", "Region", ["Washington D.C."], optional=True),   # dateline
    E("Brasilia", "Region", ["Brasília"]),
    E("Rio de Janeiro", "Region", []),
    # places (France)
    E("Dunkerque", "Region", ["Dunkirk"]),
    E("Corrèze", "Region", ["la Corrèze", "Correze"]),
    E("Brive", "Region", ["Brive-la-Gaillarde"]),
    E("Saint-Pantaléon-de-Larche", "Region", ["Saint-Pantaleon-de-Larche"]),
    E("Gennevilliers", "Region", []),
    # organisations
    E("Economic Development Administration", "Organization", ["EDA", "U.S. Economic Development Administration"]),
    E("U.S. Department of Commerce", "Organization", ["Department of Commerce", "Commerce Department", "U.S. Commerce Department", "Commerce"], optional=True),
    E("Export-Import Bank of the United States", "Organization", ["Ex-Im Bank", "Ex-Im", "Export-Import Bank"]),
    E("National Association of Manufacturers", "Organization", []),
    E("Columbus 2020", "Organization", []),
    E("College of Southern Idaho", "Organization", ["CSI"]),
    E("Cowlitz Wahkiakum Council of Governments", "Organization", []),
    E("Kerr-Tar Regional Economic Development Corporation", "Organization", []),
    E("Winston County Commission", "Organization", [], optional=True),
    E("Cooperative District of Winston County", "Organization", [], optional=True),
    E("Senate Judiciary committee", "Organization", ["Senate Judiciary Committee"], optional=True),   # a legislature's committee
    E("House Financial Services committee", "Organization", ["House Financial Services Committee"], optional=True),
    E("Obama Administration", "Organization", ["Obama administration"], optional=True),
    E("France Bleu Limousin", "Organization", [], optional=True),     # media
    E("U.S.-Brazil CEO Forum", "Organization", ["CEO Forum", "the Forum"]),
    E("White House", "Organization", [], optional=True),              # a presidency
    # companies
    E("AB InBev", "Company", ["Anheuser Busch InBev", "Anheuser-Busch InBev"]),
    E("SABMiller", "Company", []),
    E("Miller", "Company", []),
    E("Anheuser Busch", "Company", ["Anheuser-Busch"]),
    E("Heineken", "Company", []),
    E("Dow Chemical", "Company", ["Dow", "The Dow Chemical Company"]),
    E("DuPont", "Company", ["Dupont"]),
    E("BASF", "Company", []),
    E("Softbank", "Company", ["SoftBank", "Softbank Corp"]),
    E("Sprint", "Company", ["Sprint Nextel Corporation", "Sprint Nextel"]),
    E("Deutsche Bank", "Company", []),
    E("Vermeer Corporation", "Company", ["Vermeer"]),
    E("Lake Shore Cryotronics", "Company", ["Lakeshore Cryotronics"]),
    E("AstraZeneca", "Company", ["groupe AstraZeneca"]),
    E("Axioma", "Company", []),
    E("Thales", "Company", ["THALES", "groupe Thales"]),
    # persons
    E("Chuck Grassley", "Person", ["Grassley"]),
    E("Andrew Liveris", "Person", ["Liveris"]),
    E("Edward Breen", "Person", ["Breen"]),
    E("Masayoshi Son", "Person", ["Son"]),
    E("Dan Hesse", "Person", ["Hesse"]),
    E("Mary Andringa", "Person", ["Mary Vermeer Andringa"]),
    E("Gary Vermeer", "Person", []),
    E("Penny Pritzker", "Person", ["Pritzker", "Secretary Pritzker", "Secretary Penny Pritzker"]),
    E("Barack Obama", "Person", ["Obama", "President Obama"]),
    E("Gary Locke", "Person", ["Locke"]),
    E("Fred P. Hochberg", "Person", ["Hochberg", "Fred Hochberg"]),
    E("Emmanuel Macron", "Person", ["Président Emmanuel Macron"]),
    E("Agnès Pannier-Runacher", "Person", ["Agnès PANNIER-RUNACHER", "AGNES PANNIER-RUNACHER", "Agnes Pannier-Runacher"]),
    E("Valérie Monnier", "Person", ["VALERIE MONNIER", "Valérie MONNIER"], optional=True),   # interviewer
    E("François Hollande", "Person", ["M. François Hollande"]),
    E("Rebecca Blank", "Person", ["Blank", "Deputy Secretary Blank", "Deputy Secretary Rebecca Blank"]),
    E("Michael Froman", "Person", ["Froman"]),
    E("Fernando Pimentel", "Person", ["Pimentel"]),
    E("Gleisi Hoffman", "Person", ["Gleisi Hoffmann"]),
    # products and brands
    E("Budweiser", "Product", []),
    E("Stella Artois", "Product", []),
    E("Beck’s", "Product", ["Beck's", "Becks"]),
    E("Miller Genuine Draft", "Product", []),
    E("Peroni", "Product", []),
    E("Milwaukee’s Best", "Product", ["Milwaukee's Best"]),
    E("Styrofoam", "Product", []),
    E("Kevlar", "Product", []),
    E("Raft River geothermal electrical power project", "Product", ["Raft River geothermal project"], optional=True),   # a power plant
    E("Applied Technology and Innovation Center", "Product", [], optional=True),   # a building
    # programmes and events
    E("Open for Business Agenda", "Program", []),
    E("National Export Initiative", "Program", ["NEI"]),
    E("NEI 2.0", "Program", [], optional=True),
    E("Choose France", "Program", ["sommet Choose France", "Choose France summit", "#ChooseFrance"]),
    E("plan de relance", "Program", ["France Relance"], optional=True),
]

RELATIONS = [
    # 01 VOA 2015: AB InBev / SABMiller
    R("01", "AB InBev", "INVESTS_IN", "SABMiller", "It was the sixth time AB InBev had made an offer for SABMiller", amounts=[[106000000000, "USD"]]),
    R("01", "AB InBev", "PARTNERS_WITH", "SABMiller", "the British-owned SABMiller, said it would combine with Belgian-Brazilian Anheuser Busch InBev", **OPT),
    R("01", "Miller", "SUBSIDIARY_OF", "SABMiller", "Miller’s parent company, the British-owned SABMiller"),
    R("01", "Anheuser Busch", "SUBSIDIARY_OF", "AB InBev", "combine longtime American brewers, Anheuser Busch and Miller", **OPT),
    R("01", "SABMiller", "LOCATED_IN", "United Kingdom", "the British-owned SABMiller", **OPT),
    R("01", "Heineken", "COMPETES_WITH", "AB InBev", "the next largest beer company, Heineken, controls 9 percent of the market", **OPT),
    R("01", "AB InBev", "DEVELOPS", "Budweiser", "In addition to Budweiser, it controls Stella Artois and Beck’s"),
    R("01", "AB InBev", "DEVELOPS", "Stella Artois", "In addition to Budweiser, it controls Stella Artois and Beck’s"),
    R("01", "AB InBev", "DEVELOPS", "Beck’s", "In addition to Budweiser, it controls Stella Artois and Beck’s"),
    R("01", "SABMiller", "DEVELOPS", "Miller Genuine Draft", "SABMiller boasts Miller Genuine Draft as well as Peroni and Milwaukee’s Best"),
    R("01", "SABMiller", "DEVELOPS", "Peroni", "SABMiller boasts Miller Genuine Draft as well as Peroni and Milwaukee’s Best"),
    R("01", "SABMiller", "DEVELOPS", "Milwaukee’s Best", "SABMiller boasts Miller Genuine Draft as well as Peroni and Milwaukee’s Best"),

    # 02 VOA 2015: Dow Chemical / DuPont
    R("02", "Dow Chemical", "PARTNERS_WITH", "DuPont", "Dow Chemical and DuPont, announced Friday they will merge"),
    R("02", "Dow Chemical", "INVESTS_IN", "DuPont", "Dow Chemical and DuPont, announced Friday they will merge", amounts=[[130000000000, "USD"]], **OPT),
    R("02", "Dow Chemical", "COMPETES_WITH", "BASF", "rivaling Germany's global chemicals powerhouse BASF", **OPT),
    R("02", "DuPont", "COMPETES_WITH", "BASF", "rivaling Germany's global chemicals powerhouse BASF", **OPT),
    R("02", "BASF", "LOCATED_IN", "Germany", "Germany's global chemicals powerhouse BASF", **OPT),
    R("02", "Chuck Grassley", "ROLE_AT", "Senate Judiciary committee", "Senate Judiciary committee Chairman Chuck Grassley", role="Chairman", **OPT),
    R("02", "Andrew Liveris", "ROLE_AT", "Dow Chemical", "Dow chairman and CEO Andrew Liveris", role="chairman and CEO"),
    R("02", "Edward Breen", "ROLE_AT", "DuPont", "DuPont chairman and CEO Edward Breen", role="chairman and CEO"),
    R("02", "Dow Chemical", "LOCATED_IN", "Michigan", "dual headquarters in Michigan and Delaware, where each currently is based", **OPT),
    R("02", "DuPont", "LOCATED_IN", "Delaware", "dual headquarters in Michigan and Delaware, where each currently is based", **OPT),
    R("02", "Dow Chemical", "DEVELOPS", "Styrofoam", "its Styrofoam brand insulation products"),
    R("02", "DuPont", "DEVELOPS", "Kevlar", "It also created Kevlar"),

    # 03 VOA 2012: Softbank / Sprint
    R("03", "Softbank", "INVESTS_IN", "Sprint", "It intends to purchase Sprint, the number three telecommunications company in the United States, in a $20 billion deal", amounts=[[20000000000, "USD"]]),
    R("03", "Sprint", "LOCATED_IN", "United States", "Sprint, the number three telecommunications company in the United States"),
    R("03", "Sprint", "SUBSIDIARY_OF", "Softbank", "Sprint, which will be a Softbank subsidiary"),
    R("03", "Masayoshi Son", "ROLE_AT", "Softbank", "Softbank founder Masayoshi Son", role="founder"),
    R("03", "Masayoshi Son", "ROLE_AT", "Sprint", "Son said he will assume the chairmanship of Sprint", role="chairman"),
    R("03", "Dan Hesse", "ROLE_AT", "Sprint", "Sprint's chief executive officer Dan Hesse", role="chief executive officer"),
    R("03", "Deutsche Bank", "INVESTS_IN", "Sprint", "in a deal financed by three Japanese financial groups and Deutsche Bank", **OPT),
    R("03", "Softbank", "PARTNERS_WITH", "Sprint", "our partnership with Softbank", **OPT),
    R("03", "Softbank", "LOCATED_IN", "Japan", "the largest-ever foreign acquisition by a Japanese company", **OPT),

    # 04 Commerce blog 2013: Vermeer, Pella
    R("04", "Mary Andringa", "ROLE_AT", "Vermeer Corporation", "Guest blog post by Mary Andringa, President & CEO of Vermeer Corporation", role="President & CEO"),
    R("04", "Mary Andringa", "ROLE_AT", "National Association of Manufacturers", "the former chair of the National Association of Manufacturers", role="former chair", **OPT),
    R("04", "Vermeer Corporation", "LOCATED_IN", "Pella", "Vermeer Corporation Welcomes Secretary Pritzker to Pella, Iowa Manufacturing Facility", **OPT),
    R("04", "Pella", "LOCATED_IN", "Iowa", "Pella, Iowa Manufacturing Facility", **OPT),
    R("04", "Gary Vermeer", "ROLE_AT", "Vermeer Corporation", "What all started with one man – my father, Gary Vermeer", role="founder", **OPT),
    R("04", "Penny Pritzker", "ROLE_AT", "U.S. Department of Commerce", "it is especially exciting to have Secretary Pritzker visit us", role="Secretary", **OPT),

    # 05 Commerce blog 2013: Pritzker at Lake Shore Cryotronics
    R("05", "Penny Pritzker", "ROLE_AT", "United States", "Commerce Secretary Penny Pritzker Discusses", role="Commerce Secretary"),
    R("05", "Penny Pritzker", "ROLE_AT", "U.S. Department of Commerce", "Commerce Secretary Penny Pritzker Discusses", role="Commerce Secretary", **OPT),
    R("05", "Barack Obama", "ROLE_AT", "United States", "when President Obama launched his National Export Initiative", role="President"),
    R("05", "Lake Shore Cryotronics", "LOCATED_IN", "Ohio", "at Lake Shore Cryotronics in Ohio", **OPT),
    R("05", "Lake Shore Cryotronics", "LOCATED_IN", "Westerville", "In Ohio, Secretary Pritzker toured and delivered remarks at Lake Shore Cryotronics", **OPT),
    R("05", "Columbus 2020", "LOCATED_IN", "Columbus Region", "Columbus 2020, an economic development organization for the 11-county Columbus Region", **OPT),

    # 06 EDA 2010: Locke, grants in nine states
    R("06", "Gary Locke", "ROLE_AT", "United States", "U.S. Commerce Secretary Gary Locke today announced", role="Commerce Secretary"),
    R("06", "Gary Locke", "ROLE_AT", "U.S. Department of Commerce", "U.S. Commerce Secretary Gary Locke today announced", role="Commerce Secretary", **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Woodland", "$2.4 million to the Cowlitz Wahkiakum Council of Governments and the city of Woodland", amounts=[[2400000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Cowlitz Wahkiakum Council of Governments", "$2.4 million to the Cowlitz Wahkiakum Council of Governments", amounts=[[2400000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Darlington", "$1.8 million to the city of Darlington", amounts=[[1800000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Franklin County", "$1.7 million to Franklin County, N.C., and the Kerr-Tar Regional Economic Development Corporation", amounts=[[1700000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Kerr-Tar Regional Economic Development Corporation", "$1.7 million to Franklin County, N.C., and the Kerr-Tar Regional Economic Development Corporation", amounts=[[1700000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Haleyville", "$1.6 million to the Winston County Commission, the city of Haleyville", amounts=[[1600000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Lincolnton", "$1.6 million to Lincoln County and the city of Lincolnton", amounts=[[1600000, "USD"]], **OPT),
    R("06", "Economic Development Administration", "INVESTS_IN", "Lincoln County", "$1.6 million to Lincoln County and the city of Lincolnton", amounts=[[1600000, "USD"]], **OPT),
    R("06", "Woodland", "LOCATED_IN", "Washington", "the city of Woodland, Wash.", **OPT),
    R("06", "Darlington", "LOCATED_IN", "South Carolina", "the city of Darlington, S.C.", **OPT),
    R("06", "Lincolnton", "LOCATED_IN", "North Carolina", "the city of Lincolnton, N.C.", **OPT),

    # 07 EDA 2014: Pritzker, Bay City (Texas)
    R("07", "Penny Pritzker", "ROLE_AT", "United States", "U.S. Secretary of Commerce Penny Pritzker today announced", role="Secretary of Commerce"),
    R("07", "Penny Pritzker", "ROLE_AT", "U.S. Department of Commerce", "U.S. Secretary of Commerce Penny Pritzker today announced", role="Secretary of Commerce", **OPT),
    R("07", "Economic Development Administration", "INVESTS_IN", "Bay City", "is awarding $1.2 million to Bay City, Texas", amounts=[[1200000, "USD"]], **OPT),
    R("07", "Economic Development Administration", "SUBSIDIARY_OF", "U.S. Department of Commerce", "the Department’s Economic Development Administration (EDA)", **OPT),
    R("07", "Bay City", "LOCATED_IN", "Texas", "Bay City, Texas", **OPT),

    # 08 Ex-Im Bank 2010: Hochberg before the House committee
    R("08", "Fred P. Hochberg", "ROLE_AT", "Export-Import Bank of the United States", "The Chairman and President of the Export-Import Bank of the United States Fred P. Hochberg", role="Chairman and President"),
    R("08", "Barack Obama", "ROLE_AT", "United States", "President Obama's National Export Initiative (NEI)", role="President", **OPT),

    # 09 Commerce blog 2011: EDA grant to the College of Southern Idaho
    R("09", "College of Southern Idaho", "LOCATED_IN", "Twin Falls", "the College of Southern Idaho (CSI) in Twin Falls"),
    R("09", "Economic Development Administration", "INVESTS_IN", "College of Southern Idaho", "announced a $4.4 million grant to the College of Southern Idaho (CSI) in Twin Falls", amounts=[[4400000, "USD"]], **OPT),
    R("09", "Economic Development Administration", "INVESTS_IN", "Southern Idaho", "Commerce Department Invests $4.4 Million in Green Energy Growth in Southern Idaho", amounts=[[4400000, "USD"]], **OPT),
    R("09", "Economic Development Administration", "SUBSIDIARY_OF", "U.S. Department of Commerce", "the U.S. Commerce Department’s Economic Development Administration (EDA)", **OPT),

    # 10 Élysée 2020: AstraZeneca in Dunkerque, Choose France
    R("10", "AstraZeneca", "INVESTS_IN", "Dunkerque", "150 millions d’euros seront consacrés au site de Dunkerque", amounts=[[150000000, "EUR"]]),
    R("10", "AstraZeneca", "INVESTS_IN", "France", "un plan d’investissement de 135 millions d’euros avec à la clé, 130 emplois créés en France", amounts=[[135000000, "EUR"], [450000000, "EUR"]]),
    R("10", "AstraZeneca", "ANNOUNCED_AT", "Choose France", "dans le cadre du sommet Choose France, le groupe AstraZeneca va encore plus loin et annonce un investissement"),
    R("10", "AstraZeneca", "LOCATED_IN", "Dunkerque", "à Dunkerque, sur le site industriel d'AstraZeneca", **OPT),
    R("10", "Emmanuel Macron", "ROLE_AT", "France", "Déclaration du Président Emmanuel Macron depuis le site d’AstraZeneca à Dunkerque", role="Président"),

    # 11 vie-publique 2021: Pannier-Runacher, Axioma, relocalisations
    R("11", "Agnès Pannier-Runacher", "ROLE_AT", "France", "Interview de Mme Agnès Pannier-Runacher, ministre de l'industrie", role="ministre de l'industrie"),
    R("11", "Axioma", "LOCATED_IN", "Corrèze", "Axioma n'a jamais quitté la Corrèze"),
    R("11", "Axioma", "LOCATED_IN", "Saint-Pantaléon-de-Larche", "Vous êtes du côté de Brive à Saint-Pantaléon-de-Larche ce matin", **OPT),
    R("11", "Saint-Pantaléon-de-Larche", "LOCATED_IN", "Brive", "du côté de Brive à Saint-Pantaléon-de-Larche", **OPT),
    R("11", "plan de relance", "INVESTS_IN", "France", "au travers du plan de relance nous avons pu financer plus de 620 projets de relocalisation partout en France", **OPT),

    # 12 Élysée 2016: Hollande at Thales, Gennevilliers
    R("12", "François Hollande", "ROLE_AT", "France", "Déclaration de M. François Hollande, Président de la République, sur le groupe Thales", role="Président de la République"),
    R("12", "Thales", "LOCATED_IN", "Gennevilliers", "les innovations qui sont ici développées sur ce site de Gennevilliers", **OPT),

    # 13 Commerce blog (about 2012): Blank at the U.S.-Brazil CEO Forum
    R("13", "Rebecca Blank", "ROLE_AT", "U.S.-Brazil CEO Forum", "Deputy Secretary Blank served as the U.S. Government’s co-chair for the CEO Forum", role="co-chair"),
    R("13", "Rebecca Blank", "ROLE_AT", "United States", "Deputy Secretary Blank served as the U.S. Government’s co-chair", role="Deputy Secretary", **OPT),
    R("13", "Rebecca Blank", "ROLE_AT", "U.S. Department of Commerce", "Last week Deputy Secretary Rebecca Blank traveled to Brasilia", role="Deputy Secretary", **OPT),
    R("13", "Michael Froman", "ROLE_AT", "U.S.-Brazil CEO Forum", "co-chair for the CEO Forum along with Michael Froman", role="co-chair"),
    R("13", "Michael Froman", "ROLE_AT", "White House", "Michael Froman, the Deputy National Security Advisor for International Economic Affairs at the White House", role="Deputy National Security Advisor for International Economic Affairs", **OPT),
    R("13", "Fernando Pimentel", "ROLE_AT", "Brazil", "Minister of Development, Industry, and Foreign Trade Fernando Pimentel", role="Minister of Development, Industry, and Foreign Trade"),
    R("13", "Fernando Pimentel", "ROLE_AT", "U.S.-Brazil CEO Forum", "They were joined by their Brazilian co-chairs, Minister of Development, Industry, and Foreign Trade Fernando Pimentel", role="co-chair"),
    R("13", "Gleisi Hoffman", "ROLE_AT", "Brazil", "Presidential Chief of Staff Gleisi Hoffman", role="Presidential Chief of Staff"),
    R("13", "Gleisi Hoffman", "ROLE_AT", "U.S.-Brazil CEO Forum", "their Brazilian co-chairs, Minister of Development, Industry, and Foreign Trade Fernando Pimentel and Presidential Chief of Staff Gleisi Hoffman", role="co-chair"),
    R("13", "United States", "PARTNERS_WITH", "Brazil", "strengthening the economic and commercial ties between the two nations", **OPT),
    R("13", "Brasilia", "LOCATED_IN", "Brazil", "traveled to Brasilia and Rio de Janeiro for the U.S.-Brazil CEO Forum", **OPT),
    R("13", "Rio de Janeiro", "LOCATED_IN", "Brazil", "traveled to Brasilia and Rio de Janeiro for the U.S.-Brazil CEO Forum", **OPT),
]
