"""The taxonomy of the partner directory (its own codes and labels) and its invented
services, written as the organisations describe themselves: in French, in Dutch, or in
both."""

TERMS = [
    ("R1", "Accès aux droits et aide sociale", None, "Aide sociale générale, CPAS, permanences sociales"),
    ("R1.1", "Budget, dettes et surendettement", "R1", None),
    ("R1.2", "Alimentation solidaire", "R1", "Colis, épiceries et restaurants sociaux"),
    ("R1.3", "Information juridique", "R1", None),
    ("R2", "Habitat et sans-chez-soi", None, "Logement, hébergement d'urgence, rue"),
    ("R2.1", "Nuit et urgence", "R2", "Hébergement de nuit, abris, lignes de nuit"),
    ("R3", "Soins de première ligne", None, "Médecine générale, centres de santé"),
    ("R3.1", "Paramédical", "R3", "Kinésithérapie, logopédie, ergothérapie"),
    ("R3.2", "Soins et aide au domicile", "R3", None),
    ("R3.3", "Bouche et dents", "R3", None),
    ("R3.4", "Maladies chroniques", "R3", None),
    ("R4", "Bien-être psychique", None, "Santé mentale, écoute, crise"),
    ("R4.1", "Produits, alcool, jeux", "R4", "Usage de drogues, d'alcool, jeux d'argent"),
    ("R5", "Vie affective, familles, enfance", None, None),
    ("R5.1", "Contraception, grossesse, IVG", "R5", None),
    ("R5.2", "Petite enfance et parentalité", "R5", None),
    ("R5.3", "Violences", "R5", "Violences conjugales, intrafamiliales, sexuelles"),
    ("R6", "Grand âge et autonomie", None, None),
    ("R6.1", "Proches aidants", "R6", None),
    ("R6.2", "Fin de vie et deuil", "R6", None),
    ("R6.3", "Handicap", "R6", None),
    ("R7", "Exil et nouveaux arrivants", None, "Accueil, langues, interprétariat, santé des personnes sans titre de séjour"),
]


def s(key, org, name, description, terms, at=(), areas=(), langs=("fr",), hours=(), **more):
    return dict(key=key, org=org, name=name, description=description, terms=list(terms), at=list(at),
                areas=list(areas), langs=list(langs), hours=list(hours), **more)


WEEK = "MO-FR 09:00-17:00"

SERVICES = [
    # --- CPAS / OCMW -------------------------------------------------------------------
    s("cpas-sch-social", "cpas-sch", "Service social général",
      "Le service social de première ligne du CPAS de Schaerbeek vous reçoit pour toute demande d'aide : revenu "
      "d'intégration sociale, aide sociale financière, aide médicale, guidance budgétaire, aide au logement. "
      "Permanences sans rendez-vous à l'antenne Colignon.",
      ["R1"], at=["cpas-sch", "cpas-sch-coli"], areas=["Schaerbeek"], langs=["fr", "nl", "ar", "tr"],
      hours=["MO-FR 08:30-12:00"], who="Personnes domiciliées ou résidant à Schaerbeek."),
    s("cpas-sch-energie", "cpas-sch", "Cellule énergie",
      "Aide pour les factures de gaz et d'électricité, plans de paiement avec les fournisseurs, compteur à budget, "
      "conseils pour réduire la consommation.", ["R1", "R1.1"], at=["cpas-sch"], areas=["Schaerbeek"]),
    s("cpas-sch-seniors", "cpas-sch", "Service d'aide aux seniors",
      "Assistants sociaux spécialisés pour les personnes âgées : visites à domicile, démarches administratives, "
      "recherche d'une maison de repos, repas à domicile, téléassistance. Accompagnement des personnes âgées isolées.",
      ["R6", "R1"], at=["cpas-sch"], areas=["Schaerbeek"], min_age=65),
    s("cpas-and-social", "cpas-and", "Service social de quartier",
      "Accueil social, revenu d'intégration, aide médicale urgente pour les personnes en séjour irrégulier, "
      "carte médicale, aide au paiement du loyer. Les antennes de quartier reçoivent sans rendez-vous le matin.",
      ["R1", "R7"], at=["cpas-and"], areas=["Anderlecht"], langs=["fr", "nl", "ar", "ro"], hours=["MO-FR 08:30-11:30"]),
    s("cpas-and-dettes", "cpas-and", "Service de médiation de dettes",
      "Médiation de dettes amiable et accompagnement en règlement collectif de dettes pour les habitants "
      "d'Anderlecht. Analyse du budget, négociation avec les créanciers et les huissiers.",
      ["R1.1"], at=["cpas-and"], areas=["Anderlecht"]),
    s("ocmw-mol-social", "ocmw-mol", "Sociale dienst / Service social",
      "Het OCMW helpt inwoners van Sint-Jans-Molenbeek met een leefloon, financiële steun, medische kaart en "
      "begeleiding naar werk. Le CPAS aide les habitants de Molenbeek : revenu d'intégration, aide financière, "
      "carte médicale, mise à l'emploi (article 60).",
      ["R1"], at=["ocmw-mol"], areas=["Molenbeek-Saint-Jean"], langs=["nl", "fr", "ar"], hours=[WEEK]),
    s("ocmw-mol-energie", "ocmw-mol", "Energiecel / Cellule énergie",
      "Hulp bij onbetaalde energiefacturen, budgetmeter, afbetalingsplannen. Aide pour les factures d'énergie.",
      ["R1", "R1.1"], at=["ocmw-mol"], areas=["Molenbeek-Saint-Jean"], langs=["nl", "fr"]),
    s("ocmw-jet-social", "ocmw-jet", "Algemene sociale dienst",
      "Eerstelijns sociale dienst van het OCMW van Jette: leefloon, financiële hulp, huurwaarborg, medische kaart, "
      "hulp bij administratie. Op afspraak of tijdens de zitdagen.",
      ["R1"], at=["ocmw-jet"], areas=["Jette"], langs=["nl", "fr"], hours=["MO-TH 09:00-12:00"]),
    s("ocmw-jet-thuis", "ocmw-jet", "Thuiszorgdienst voor senioren",
      "Warme maaltijden aan huis, poetshulp en personenalarm voor senioren die thuis willen blijven wonen in Jette.",
      ["R6", "R3.2"], at=["ocmw-jet"], areas=["Jette"], langs=["nl", "fr"], min_age=60),
    s("cpas-for-social", "cpas-for", "Accueil social",
      "Premier accueil au CPAS de Forest : revenu d'intégration, aides sociales, aide médicale, guidance "
      "budgétaire, prime d'installation pour les personnes sortant de la rue.",
      ["R1"], at=["cpas-for"], areas=["Forest"], hours=["MO,TU,TH,FR 09:00-12:00"]),
    s("cpas-sjt-social", "cpas-sjt", "Service social et aide médicale",
      "Service social du CPAS de Saint-Josse : aide sociale, revenu d'intégration, réquisitoire pour soins de "
      "santé, aide médicale urgente. Interprètes sur demande (turc, arabe, bulgare).",
      ["R1", "R7"], at=["cpas-sjt"], areas=["Saint-Josse-ten-Noode"], langs=["fr", "tr", "ar", "bg"]),
    s("cpas-eve-social", "cpas-eve", "Service social général",
      "Le CPAS d'Evere reçoit les Everois pour toute demande d'aide sociale, le revenu d'intégration, "
      "l'aide au logement et la médiation de dettes.", ["R1", "R1.1"], at=["cpas-eve"], areas=["Evere"],
      hours=["MO-FR 08:30-12:00"]),
    s("cpas-ixl-social", "cpas-ixl", "Département d'action sociale",
      "Accueil social, aides financières et en nature, revenu d'intégration, étudiants aidés par le CPAS, "
      "cellule logement. Pour les habitants d'Ixelles.", ["R1"], at=["cpas-ixl"], areas=["Ixelles"]),
    s("cpas-ixl-repas", "cpas-ixl", "Repas à domicile",
      "Livraison de repas chauds à domicile, 7 jours sur 7, pour les personnes âgées, malades ou handicapées "
      "d'Ixelles. Prix selon les revenus.", ["R6", "R3.2"], at=["cpas-ixl"], areas=["Ixelles"]),
    s("cpas-ucc-social", "cpas-ucc", "Service social",
      "Aide sociale générale et revenu d'intégration à Uccle ; service de guidance budgétaire et de médiation "
      "de dettes ; aide aux personnes âgées.", ["R1", "R1.1"], at=["cpas-ucc"], areas=["Uccle"]),
    s("cpas-bxl-social", "cpas-bxl", "Service social de première ligne / Eerstelijns sociale dienst",
      "Le CPAS de la Ville de Bruxelles accueille les habitants de Bruxelles-centre, Laeken, Neder-over-Heembeek "
      "et Haren : revenu d'intégration, aides sociales, aide médicale. Het OCMW van de Stad Brussel helpt "
      "inwoners van Brussel, Laken, Neder-over-Heembeek en Haren.",
      ["R1"], at=["cpas-bxl", "cpas-bxl-lae", "cpas-bxl-noh"], areas=["Bruxelles"], langs=["fr", "nl"],
      hours=["MO-FR 08:30-12:00"]),
    s("cpas-bxl-abri", "cpas-bxl", "Cellule sans-abri",
      "Accompagnement social des personnes sans abri à Bruxelles-Ville : adresse de référence, revenu "
      "d'intégration, recherche d'un logement, hébergement de transit.", ["R2", "R1"], at=["cpas-bxl"],
      areas=["Bruxelles"]),
    s("cpas-wsl-social", "cpas-wsl", "Service social général",
      "CPAS de Woluwe-Saint-Lambert : aide sociale, revenu d'intégration, aide au chauffage, aide médicale, "
      "accompagnement des aînés.", ["R1"], at=["cpas-wsl"], areas=["Woluwe-Saint-Lambert"]),
    # --- Maisons médicales / wijkgezondheidscentra ---------------------------------------
    s("mm-cerisier", "mm-cerisier", "Maison médicale Le Cerisier",
      "Maison médicale au forfait : médecins généralistes, infirmières, kinésithérapeute, assistante sociale et "
      "accueil. Inscription pour les habitants du quartier (bas de Saint-Gilles), sans frais à la consultation "
      "grâce au forfait de la mutuelle.", ["R3"], at=["mm-cerisier"], areas=["Saint-Gilles"],
      langs=["fr", "es", "pt", "ar"], hours=["MO-FR 08:00-19:00"]),
    s("mm-colline", "mm-colline", "Maison médicale La Colline",
      "Soins de santé primaires au forfait : médecine générale, soins infirmiers, kinésithérapie, promotion de la "
      "santé. Nous inscrivons les patients habitant le nord de Schaerbeek et Saint-Josse.",
      ["R3"], at=["mm-colline"], areas=["Schaerbeek", "Saint-Josse-ten-Noode"], langs=["fr", "tr", "ar"],
      hours=["MO-FR 08:30-18:30"]),
    s("wgc-kanaal", "wgc-kanaal", "Wijkgezondheidscentrum Kanaalzone",
      "Huisartsen, verpleegkundigen, kinesitherapeut, psycholoog en maatschappelijk werker onder één dak. "
      "Forfaitaire geneeskunde: u betaalt niets bij de huisarts. Inschrijving voor bewoners van Molenbeek.",
      ["R3"], at=["wgc-kanaal"], areas=["Sint-Jans-Molenbeek"], langs=["nl", "fr", "ar"], hours=["MO-FR 08:30-18:00"]),
    s("mm-vaillance", "mm-vaillance", "Maison médicale de la Vaillance",
      "Médecins généralistes, infirmiers à domicile, kiné et logopède au forfait pour les habitants d'Anderlecht "
      "centre. Consultations sur rendez-vous et visites à domicile.", ["R3", "R3.1"], at=["mm-vaillance"],
      areas=["Anderlecht"], langs=["fr", "ar", "ro"], hours=["MO-FR 08:00-19:00", "SA 09:00-12:00"]),
    s("wgc-tilia", "wgc-tilia", "Wijkgezondheidscentrum Tilia",
      "Eerstelijnszorg in Laken: huisarts, verpleging, diëtist, sociaal werk. Patiënten uit Laken en "
      "Neder-over-Heembeek kunnen zich inschrijven.", ["R3"], at=["wgc-tilia"],
      areas=["Laeken", "Neder-over-Heembeek"], langs=["nl", "fr", "en"]),
    s("mm-horizon", "mm-horizon", "Maison médicale Horizon / Wijkgezondheidscentrum Horizon",
      "Médecine générale, soins infirmiers, kinésithérapie et accueil psychosocial pour les habitants de Jette et "
      "Ganshoren. Huisartsen, verpleging en kinesitherapie voor inwoners van Jette en Ganshoren.",
      ["R3", "R3.1"], at=["mm-horizon"], areas=["Jette", "Ganshoren"], langs=["fr", "nl"], hours=["MO-FR 08:00-19:00"]),
    s("mm-boondael", "mm-boondael", "Maison médicale du Vieux Boondael",
      "Médecins, infirmière et assistante sociale au forfait. Patientèle étudiante et familles d'Ixelles.",
      ["R3"], at=["mm-boondael"], areas=["Ixelles"], langs=["fr", "en"]),
    s("mm-vaniers", "mm-vaniers", "Maison médicale Les Vaniers",
      "Maison médicale à l'acte : médecins généralistes, consultations sans rendez-vous le matin, suivi du "
      "diabète et des maladies chroniques, vaccinations.", ["R3", "R3.4"], at=["mm-vaniers"], areas=["Forest"],
      hours=["MO-FR 08:00-11:00", "MO-FR 16:00-19:00"]),
    s("mm-helmet", "mm-helmet", "Centre de santé Helmet",
      "Centre de santé intégré au forfait : généralistes, infirmières, kinés, psychologue de première ligne et "
      "travailleuse sociale. Quartier Helmet et haut de Schaerbeek.", ["R3"], at=["mm-helmet"],
      areas=["Schaerbeek"], langs=["fr", "nl", "tr"]),
    s("mm-evere", "mm-evere", "Maison médicale Germinal",
      "Médecine générale au forfait pour les habitants d'Evere, consultations et visites à domicile, soins "
      "infirmiers, éducation du patient diabétique.", ["R3", "R3.4"], at=["mm-evere"], areas=["Evere"]),
    s("mm-marolles", "mm-marolles", "Maison médicale des Marolles",
      "Maison médicale au forfait du quartier des Marolles : médecins généralistes, infirmiers, kiné, "
      "assistant social ; accueil des personnes sans domicile et sans mutuelle.", ["R3"], at=["mm-marolles"],
      areas=["Bruxelles"], langs=["fr", "es", "ar"]),
    s("esa-sante", "auderghem", "Espace Santé Auderghem",
      "Centre de santé de quartier : médecins généralistes, infirmière, diététicienne et séances de prévention "
      "(tabac, diabète) pour les habitants d'Auderghem et Watermael-Boitsfort.", ["R3", "R3.4"], at=["esa"],
      areas=["Auderghem", "Watermael-Boitsfort"]),
    # --- Santé mentale -----------------------------------------------------------------
    s("ssm-escale-adultes", "ssm-ulysse", "Consultations psychologiques adultes",
      "Le service de santé mentale L'Escale propose des consultations psychologiques, psychiatriques et "
      "psychothérapeutiques pour adultes : dépression, anxiété, crise, souffrance psychique. Tarif adapté aux "
      "revenus.", ["R4"], at=["ssm-escale"], areas=["Bassin Sud"], fees="De 5 à 25 euros selon les revenus.",
      hours=["MO-FR 09:00-19:00"]),
    s("ssm-escale-enfants", "ssm-ulysse", "Équipe enfants et adolescents",
      "Consultations pour enfants, adolescents et leurs parents : difficultés scolaires, troubles du "
      "comportement, bilans psychologiques, logopédie, thérapie familiale.", ["R4", "R5.2"], at=["ssm-escale"],
      areas=["Bassin Sud"], max_age=18),
    s("ssm-escale-exil", "ssm-ulysse", "Clinique de l'exil",
      "Accompagnement psychologique des personnes exilées, demandeurs d'asile et réfugiés ayant vécu des "
      "traumatismes. Consultations avec interprète.", ["R4", "R7"], at=["ssm-escale"],
      langs=["fr", "en", "ar", "fa", "ps"]),
    s("ssm-rivenord", "ssm-nord", "Service de santé mentale Rive Nord",
      "Consultations psychologiques et psychiatriques pour adultes, enfants et familles ; premier rendez-vous "
      "dans les deux semaines ; accueil en turc et en arabe. Pour les habitants de Schaerbeek, Saint-Josse et Evere.",
      ["R4"], at=["ssm-rivenord"], areas=["Schaerbeek", "Saint-Josse-ten-Noode", "Evere"], langs=["fr", "tr", "ar"]),
    s("cgg-volw", "cgg-brux", "CGG Brussel - Volwassenen",
      "Ambulante geestelijke gezondheidszorg voor volwassenen: psychotherapie, psychiatrische begeleiding bij "
      "depressie, angst, psychose. Aanmelding via het onthaal. Voor wie in het Brussels Gewest woont.",
      ["R4"], at=["cgg-brux"], langs=["nl", "en"], fees="Remgeld volgens inkomen."),
    s("cgg-kj", "cgg-brux", "CGG Brussel - Kinderen en Jongeren",
      "Diagnostiek en behandeling van kinderen en jongeren met psychische problemen, ontwikkelingsstoornissen, "
      "autisme en ADHD. Begeleiding van ouders.", ["R4", "R5.2"], at=["cgg-brux", "cgg-brux-jet"],
      langs=["nl"], max_age=18),
    s("cgg-ouderen", "cgg-brux", "CGG Brussel - Ouderen",
      "Psychologische begeleiding van 60-plussers, ook aan huis of in het woonzorgcentrum: rouw, eenzaamheid, "
      "depressie, beginnende dementie.", ["R4", "R6"], at=["cgg-brux-jet"], langs=["nl"], min_age=60),
    s("ssm-uccle", "ssm-uccle", "SSM Le Méridien Sud - consultations",
      "Psychologues, psychiatres et logopèdes pour enfants et adultes. Prise en charge des troubles anxieux, de "
      "la dépression et des difficultés familiales.", ["R4"], at=["ssm-uccle"], areas=["Uccle", "Forest"]),
    s("ssm-and", "ssm-anderlecht", "Service de santé mentale d'Anderlecht",
      "Consultations de psychologie et de psychiatrie, groupes de parole, accompagnement des personnes ayant "
      "des troubles psychiques chroniques dans la vie quotidienne.", ["R4"], at=["ssm-and"],
      areas=["Anderlecht"], langs=["fr", "ar", "ro"]),
    s("ecoute-nuit", "ecoute", "Nuit Blanche - écoute téléphonique 24h/24",
      "Quelqu'un à qui parler, jour et nuit : ligne d'écoute anonyme et gratuite pour les personnes seules, en "
      "détresse ou ayant des idées suicidaires. Chat en ligne le soir.", ["R4", "R2.1"],
      at=["ecoute-chat"], hours=["ALL 00:00-23:59"]),
    s("ecoute-chat-jeunes", "ecoute", "Chat d'écoute pour les jeunes",
      "Chat anonyme pour les jeunes de 12 à 25 ans : harcèlement, mal-être, questions sur la sexualité, "
      "conflits familiaux.", ["R4", "R5"], at=["ecoute-chat"], hours=["ALL 18:00-02:00"], min_age=12, max_age=25),
    s("mobile-crise", "equipe-mobile", "Équipe mobile de crise psychiatrique",
      "Intervention à domicile dans les 24 heures pour une personne en crise psychique (adulte), à la demande du "
      "médecin traitant, du patient ou de l'entourage. Suivi intensif pendant quelques semaines pour éviter "
      "l'hospitalisation.", ["R4"], at=["mobile-trajet"], areas=["Bassin Sud-Est", "Bassin Sud"],
      hours=["MO-SU 08:00-20:00"]),
    s("mobile-longue", "equipe-mobile", "Équipe mobile de suivi de longue durée",
      "Accompagnement à domicile des personnes souffrant de troubles psychiatriques sévères et persistants.",
      ["R4"], at=["mobile-trajet"], areas=["Bassin Sud-Est"]),
    # --- Planning familial ---------------------------------------------------------------
    s("pf-saule", "pf-saule", "Centre de planning familial Le Saule",
      "Consultations médicales (contraception, test de grossesse, dépistage IST), interruption volontaire de "
      "grossesse (IVG), consultations psychologiques, juridiques et sociales, animations EVRAS dans les écoles.",
      ["R5", "R5.1"], at=["pf-saule"], langs=["fr", "en", "es"], hours=["MO-FR 09:00-18:00"]),
    s("pf-anemone", "pf-anemone", "Planning familial Anémone",
      "Accueil sans rendez-vous, pilule du lendemain, contraception, IVG jusqu'à 12 semaines, consultations de "
      "couple et sexologie.", ["R5", "R5.1"], at=["pf-anemone"], hours=["MO-FR 10:00-18:00"]),
    s("pf-nord", "pf-nord", "Centre de planning familial de Schaerbeek-Nord",
      "Planning familial de quartier : gynécologue, contraception, suivi de grossesse, écoute psychologique "
      "et accompagnement des violences conjugales.", ["R5", "R5.1", "R5.3"], at=["pf-nord"],
      langs=["fr", "tr", "ar"]),
    s("cgso-seks", "cgso", "Centrum voor Seksuele Gezondheid - consultaties",
      "Anticonceptie, zwangerschapstest, soa-testen, abortus en counseling. Vertrouwelijk, ook zonder "
      "ziekteverzekering.", ["R5", "R5.1"], at=["cgso"], langs=["nl", "en", "fr"]),
    # --- Aide aux familles, soins à domicile ---------------------------------------------
    s("aaf-familiale", "aaf-bruxelles", "Aide familiale et aide aux aînés",
      "Des aides familiales formées vous aident à domicile pour les actes de la vie quotidienne : toilette, "
      "courses, repas, entretien, accompagnement. Pour les personnes âgées, malades, handicapées ou les familles "
      "en difficulté. Participation financière selon les revenus.", ["R3.2", "R6"], at=["aaf-asbl"],
      hours=[WEEK]),
    s("aaf-garde", "aaf-bruxelles", "Garde à domicile",
      "Garde de jour et de nuit auprès de personnes malades, âgées ou en fin de vie pour soulager la famille.",
      ["R3.2", "R6.1"], at=["aaf-asbl"], hours=["ALL 20:00-07:00"], hours_note="Gardes de nuit"),
    s("gezinszorg", "familiehulp", "Gezinszorg en poetshulp",
      "Verzorgenden helpen thuis bij persoonsverzorging, huishouden, boodschappen en maaltijden. Voor ouderen, "
      "zieken, personen met een handicap en gezinnen. Bijdrage volgens inkomen.", ["R3.2", "R6"],
      at=["familiehulp"], langs=["nl"], hours=[WEEK]),
    s("kraamzorg", "familiehulp", "Kraamzorg",
      "Een kraamverzorgende komt na de bevalling aan huis: hulp bij de zorg voor moeder en baby, borstvoeding, "
      "huishouden.", ["R5.2", "R3.2"], at=["familiehulp"], langs=["nl"]),
    s("aaf-sud", "aaf-sud", "Aide familiale et aide ménagère sociale",
      "Aides familiales et aides ménagères sociales pour les habitants d'Uccle, Forest, Watermael-Boitsfort et "
      "Ixelles : aide à la toilette, courses, repas, entretien du logement.", ["R3.2", "R6"], at=["aaf-sud"],
      areas=["Uccle", "Forest", "Watermael-Boitsfort", "Ixelles"]),
    s("infi-plus", "infi-plus", "Soins infirmiers à domicile",
      "Infirmières et infirmiers à domicile 7 jours sur 7 : toilettes, injections, pansements, soins de plaies, "
      "diabète, soins palliatifs, sorties d'hôpital. Conventionné INAMI, tiers payant.", ["R3.2"],
      at=["infi-plus"], areas=["Saint-Gilles", "Forest", "Ixelles", "Uccle", "Bruxelles"], hours=["ALL 07:00-21:00"]),
    s("thuisverpl-noord", "wit-gele", "Thuisverpleging",
      "Verpleegkundigen aan huis, 7 dagen op 7: wondzorg, inspuitingen, diabeteszorg, palliatieve zorg, "
      "hygiënische zorg. Zonder supplement voor wie aangesloten is bij een ziekenfonds.", ["R3.2"],
      at=["thuisverpl-noord"], areas=["Zorgzone Noord"], langs=["nl", "fr"], hours=["ALL 07:00-21:00"]),
    s("infi-est", "infi-est", "Soins infirmiers et coordination à domicile",
      "Soins infirmiers à domicile dans le sud-est de Bruxelles (Woluwe-Saint-Pierre, Woluwe-Saint-Lambert, "
      "Auderghem, Etterbeek) et coordination avec le médecin traitant, le kiné et l'aide familiale.",
      ["R3.2"], at=["infi-est"], areas=["Bassin Sud-Est"]),
    s("coord-domicile", "coord-domicile", "Coordination de soins et services à domicile",
      "Le centre de coordination organise autour de la personne tous les services nécessaires pour rester chez "
      "soi : infirmière, aide familiale, kiné, repas, matériel, télévigilance, après une hospitalisation ou en "
      "perte d'autonomie. Réunions de concertation avec le médecin traitant.", ["R3.2", "R6"],
      at=["coord-domicile"], hours=[WEEK]),
    s("repas-roues", "repas-roues", "Repas à domicile",
      "Livraison de repas chauds ou à réchauffer chez les personnes âgées ou convalescentes de Woluwe-Saint-Pierre "
      "et Woluwe-Saint-Lambert, du lundi au samedi. Menus diabétiques et sans sel.", ["R6", "R3.2"],
      at=["repas-roues"], areas=["Woluwe-Saint-Pierre", "Woluwe-Saint-Lambert"]),
    s("alarm", "alarm", "Téléassistance / Personenalarm",
      "Un bracelet ou un pendentif relié à une centrale 24h/24 : en cas de chute, un appel suffit. Voor senioren "
      "die alleen wonen: personenalarm met 24 uur per dag permanentie.", ["R6"], langs=["fr", "nl"],
      hours=["ALL 00:00-23:59"]),
    # --- Paramédical ---------------------------------------------------------------------
    s("logo-motsdoux", "logo-cabinet", "Logopédie enfants et adultes",
      "Logopèdes conventionnées : retards de langage et de parole, bégaiement, dyslexie, dysorthographie, "
      "dyscalculie chez l'enfant ; rééducation après un AVC chez l'adulte. Bilans remboursés par la mutuelle.",
      ["R3.1"], at=["logo-motsdoux"], hours=["MO-FR 15:00-19:00", "WE 09:00-12:00"]),
    s("crf-tilleuls", "crf-enfance", "Centre de réadaptation pour enfants",
      "Rééducation pluridisciplinaire des enfants de 2 à 18 ans : logopédie, psychomotricité, kinésithérapie, "
      "neuropsychologie ; troubles du développement, du langage et des apprentissages.", ["R3.1", "R5.2", "R6.3"],
      at=["crf-tilleuls"], min_age=2, max_age=18),
    s("logo-woordrijk", "logo-praktijk", "Logopedie voor kinderen",
      "Logopedische behandeling van taal- en spraakproblemen, stotteren, lees- en schrijfproblemen bij kinderen "
      "en jongeren. Ook meertalige kinderen.", ["R3.1"], at=["logo-woordrijk"], langs=["nl", "fr", "en"],
      max_age=18),
    s("logo-mm-vaillance", "mm-vaillance", "Logopédie à la maison médicale",
      "Une logopède consulte deux demi-journées par semaine à la maison médicale pour les enfants inscrits : "
      "retard de langage, difficultés de lecture.", ["R3.1"], at=["mm-vaillance"], areas=["Anderlecht"],
      hours=["TU,TH 13:30-17:30"]),
    s("kine-globe", "kine-centre", "Kinésithérapie et rééducation",
      "Kinésithérapie générale, rééducation orthopédique et neurologique, kiné respiratoire pour enfants, "
      "rééducation périnéale. Au cabinet ; visites à domicile à Uccle.", ["R3.1"], at=["kine-globe"],
      hours=["MO-FR 08:00-20:00"]),
    s("kinedom", "kine-dom", "Kinésithérapie à domicile",
      "Nos kinésithérapeutes se déplacent au domicile des patients qui ne peuvent pas sortir : rééducation "
      "après une chute ou une opération, kiné respiratoire, maintien de la mobilité des personnes âgées. "
      "Evere, Schaerbeek, Woluwe-Saint-Lambert, Haren.", ["R3.1", "R3.2"],
      areas=["Evere", "Schaerbeek", "Woluwe-Saint-Lambert"]),
    s("kine-stpieter", "kine-praktijk", "Kinesitherapie",
      "Kinesitherapie na operatie of ongeval, rugklachten, sportletsels, ademhalingskine voor kinderen. "
      "Huisbezoeken mogelijk in Molenbeek en Koekelberg.", ["R3.1"], at=["kine-stpieter"],
      areas=["Sint-Jans-Molenbeek", "Koekelberg"], langs=["nl", "fr"]),
    s("ergo", "coord-domicile", "Ergothérapie à domicile",
      "Une ergothérapeute évalue le logement et conseille des aménagements (salle de bain, escaliers) et des "
      "aides techniques pour éviter les chutes et rester autonome.", ["R3.1", "R6"], at=["coord-domicile"]),
    s("dent-coeur", "dentiste-social", "Soins dentaires à bas seuil",
      "Dentistes bénévoles et salariés : soins dentaires pour personnes sans mutuelle, sans abri ou à faibles "
      "revenus ; extractions, soins des caries, prothèses à prix réduit.", ["R3.3"], at=["dent-coeur"],
      langs=["fr", "en", "ar"], hours=["MO,WE,FR 09:00-13:00"]),
    s("tand-noord", "tandzorg", "Sociale tandartspraktijk",
      "Tandarts aan sociaal tarief, derdebetalersregeling, ook voor kinderen. Verwijzing via OCMW of sociale "
      "dienst mogelijk.", ["R3.3"], at=["tand-noord"], langs=["nl", "fr"]),
    s("mm-marolles-dent", "mm-marolles", "Cabinet dentaire de la maison médicale",
      "Soins dentaires pour les patients inscrits à la maison médicale des Marolles.", ["R3.3"],
      at=["mm-marolles"], areas=["Bruxelles"]),
    # --- Soins palliatifs, deuil ---------------------------------------------------------
    s("pal-cpb", "pal-domicile", "Équipe de soutien palliatif à domicile",
      "Infirmières et médecins spécialisés en soins palliatifs soutiennent à domicile les patients en fin de vie, "
      "leurs proches et les soignants de première ligne (médecin généraliste, infirmière à domicile) : contrôle "
      "de la douleur, garde téléphonique 24h/24.", ["R6.2", "R3.2"], at=["pal-cpb"],
      areas=["Région de Bruxelles-Capitale"], hours=["ALL 00:00-23:59"]),
    s("pal-benevoles", "pal-domicile", "Bénévoles en soins palliatifs",
      "Des bénévoles formés rendent visite aux personnes gravement malades à domicile ou en maison de repos pour "
      "une présence, une écoute, un répit pour la famille.", ["R6.2", "R6.1"], at=["pal-cpb"]),
    s("pal-netwerk", "pal-netwerk", "Palliatieve thuiszorg",
      "De palliatieve thuiszorgequipe ondersteunt patiënten in hun laatste levensfase thuis, hun familie en de "
      "huisarts: pijn- en symptoomcontrole, 24 uur per dag bereikbaar.", ["R6.2", "R3.2"], at=["pal-netwerk"],
      langs=["nl"], hours=["ALL 00:00-23:59"]),
    s("pal-vrijwilligers", "pal-netwerk", "Vrijwilligers palliatieve zorg",
      "Opleiding en inzet van vrijwilligers die zieken in hun laatste levensfase bezoeken, thuis of in het "
      "woonzorgcentrum.", ["R6.2"], at=["pal-netwerk"], langs=["nl"]),
    s("deuil", "deuil", "Accompagnement du deuil",
      "Entretiens individuels et groupes de parole pour adultes et enfants ayant perdu un proche.",
      ["R6.2", "R4"], at=["deuil"]),
    s("pal-mr", "pal-domicile", "Formation palliative en maison de repos",
      "Formations et réunions de soutien pour les équipes des maisons de repos qui accompagnent des résidents en "
      "fin de vie.", ["R6.2"], at=["pal-cpb"]),
    # --- Sans-abrisme --------------------------------------------------------------------
    s("nuit-douce", "nuit-abri", "Asile de nuit Nuit Douce",
      "Hébergement d'urgence pour la nuit : un lit, une douche, une soupe et un petit-déjeuner pour les hommes et "
      "femmes sans abri. Accueil inconditionnel de 20 h à 8 h, sans réservation.", ["R2", "R2.1"],
      at=["nuit-douce"], hours=["ALL 20:00-08:00"], hours_note="Ouvert toute la nuit"),
    s("nuit-hiver", "nuit-abri", "Dispositif hivernal",
      "Places supplémentaires d'hébergement de nuit de novembre à mars pour les personnes sans abri, familles "
      "comprises.", ["R2.1"], at=["nuit-douce"], hours=["ALL 19:00-09:00"]),
    s("phare-jour", "accueil-jour", "Accueil de jour",
      "Centre de jour pour personnes sans abri ou mal logées : café, repas de midi, douches, lessive, bagagerie, "
      "adresse postale, permanences sociales et infirmières.", ["R2", "R1.2"], at=["phare"],
      hours=["MO-FR 08:30-16:00"]),
    s("phare-sante", "accueil-jour", "Permanence infirmière de rue",
      "Soins infirmiers de base (plaies, pieds, traitement) pour les personnes qui vivent en rue, au centre de "
      "jour ou en rue avec la maraude.", ["R2", "R3"], at=["phare"]),
    s("straathoek-inloop", "straat", "Inloopcentrum voor dak- en thuislozen",
      "Inloopcentrum met koffie, warme maaltijd, douche en wasmachine. Maatschappelijk werkers helpen bij "
      "administratie, referentieadres en zoeken naar opvang.", ["R2", "R1.2"], at=["straathoek"],
      langs=["nl", "fr", "en"], hours=["MO-FR 09:00-15:00"]),
    s("straathoek-werk", "straat", "Straathoekwerk",
      "Straathoekwerkers zoeken mensen die op straat leven op in de Brusselse stations en de Vijfhoek en "
      "bouwen een vertrouwensband op.", ["R2"], langs=["nl", "fr"], areas=["Brussel"]),
    s("toit-hf", "housing", "Housing First",
      "Accès direct à un logement individuel pour des personnes sans abri de longue durée avec des problèmes de "
      "santé mentale ou d'assuétudes, avec un accompagnement intensif à domicile.", ["R2", "R4"], at=["toit"]),
    s("toit-capteur", "housing", "Capteur logement",
      "Recherche de logements auprès de propriétaires privés pour des personnes sortant de la rue ou d'une maison "
      "d'accueil ; garantie locative, ouverture des compteurs.", ["R2"], at=["toit"]),
    s("maraude", "maraude", "Maraude de nuit",
      "Les équipes des Veilleurs parcourent les rues de Bruxelles la nuit pour aller à la rencontre des personnes "
      "sans abri : boissons chaudes, couvertures, orientation vers les abris de nuit.", ["R2", "R2.1"],
      areas=["Gare du Midi", "Gare du Nord"], hours=["MO,WE,FR 21:00-02:00"]),
    s("traversee", "femmes-abri", "Maison d'accueil pour femmes et enfants",
      "Hébergement de plusieurs mois pour femmes seules ou avec enfants sans logement ou victimes de violences ; "
      "accompagnement social et recherche de logement. Adresse confidentielle.", ["R2", "R5.3"],
      at=["traversee"], hours=["ALL 00:00-23:59"]),
    s("cpas-bxl-noh-abri", "cpas-bxl", "Hébergement de transit Neder-over-Heembeek",
      "Logements de transit pour familles expulsées ou sinistrées de la Ville de Bruxelles, pour quelques mois.",
      ["R2"], at=["cpas-bxl-noh"], areas=["Bruxelles"]),
    # --- Assuétudes ----------------------------------------------------------------------
    s("passerelle-consult", "assuet", "Consultations assuétudes",
      "Consultations médicales, psychologiques et sociales pour les personnes qui consomment de l'alcool, du "
      "cannabis, de la cocaïne ou de l'héroïne, et pour leurs proches ; traitements de substitution (méthadone).",
      ["R4.1"], at=["passerelle"], hours=["MO-FR 09:00-18:00"]),
    s("passerelle-chat", "assuet", "Permanence en ligne drogues et alcool",
      "Posez vos questions sur les drogues, l'alcool ou les jeux d'argent par chat, de façon anonyme.",
      ["R4.1"], at=["passerelle-chat"], hours=["MO-FR 14:00-20:00"]),
    s("alcool-consult", "alcool", "Consultations en alcoologie",
      "Sevrage ambulatoire, suivi médical et psychologique des personnes ayant un problème d'alcool, groupes de "
      "parole pour les proches.", ["R4.1"], at=["alcool"]),
    s("vzb-ambulant", "drugline", "Ambulante verslavingszorg",
      "Begeleiding en behandeling bij problematisch gebruik van alcohol, drugs, medicatie of gokken. "
      "Consultaties bij arts, psycholoog en maatschappelijk werker. Ook voor familie.", ["R4.1"], at=["vzb"],
      langs=["nl", "fr", "en"]),
    s("comptoir", "reduction", "Comptoir d'échange de matériel stérile",
      "Échange de seringues et de matériel de consommation stérile, dépistage hépatite C et VIH, conseils de "
      "réduction des risques, sans jugement et anonyme.", ["R4.1"], at=["comptoir"],
      hours=["MO-FR 13:00-19:00"]),
    s("jeu", "assuet", "Aide aux joueurs",
      "Accompagnement des personnes dépendantes aux jeux de hasard, paris sportifs et jeux vidéo.",
      ["R4.1"], at=["passerelle"]),
    # --- Aide alimentaire ----------------------------------------------------------------
    s("lebol", "resto", "Restaurant social Le Bol",
      "Repas complet à 2 euros le midi, dans une ambiance conviviale, pour toute personne à petits revenus. "
      "Sans condition.", ["R1.2"], at=["lebol"], hours=["MO-FR 11:30-14:00"]),
    s("etal", "epicerie", "Épicerie sociale L'Étal",
      "Produits alimentaires et d'hygiène à prix réduits pour les ménages à faibles revenus orientés par un "
      "service social (CPAS, maison médicale).", ["R1.2"], at=["etal"], areas=["Forest", "Saint-Gilles"],
      hours=["TU,TH 13:00-17:00", "SA 10:00-13:00"]),
    s("cureghem", "colis", "Distribution de colis alimentaires",
      "Colis de vivres une fois par semaine pour les familles d'Anderlecht en difficulté, sur présentation d'une "
      "attestation du CPAS ou d'un service social.", ["R1.2"], at=["cureghem"], areas=["Anderlecht"],
      hours=["WE 09:00-12:00"]),
    s("voedsel", "voedsel", "Voedselbedeling en sociale kruidenier",
      "Wekelijkse voedselpakketten en een sociale kruidenier voor gezinnen met een laag inkomen uit Laken, "
      "Neder-over-Heembeek en Jette.", ["R1.2"], at=["voedsel"], areas=["Laeken", "Neder-over-Heembeek", "Jette"],
      langs=["nl", "fr"]),
    s("frigo", "frigo", "Frigos solidaires",
      "Frigos en libre-service où chacun peut déposer ou prendre de la nourriture, et redistribution d'invendus "
      "aux associations.", ["R1.2"], at=["frigo"], areas=["Ixelles"]),
    s("mqb-colis", "berchem", "Colis alimentaires et repas communautaires",
      "Colis alimentaires tous les quinze jours et repas communautaire le jeudi pour les habitants de "
      "Berchem-Sainte-Agathe et Ganshoren.", ["R1.2"], at=["mqb"], areas=["Berchem-Sainte-Agathe", "Ganshoren"]),
    # --- Dettes, droits ------------------------------------------------------------------
    s("budget-mediation", "dettes", "Médiation de dettes",
      "Vous avez des dettes (loyer, énergie, crédits, amendes) ? Nos médiateurs agréés analysent votre budget, "
      "négocient des plans de paiement avec les créanciers et vous accompagnent en règlement collectif de dettes. "
      "Gratuit.", ["R1.1"], at=["budget"], hours=["MO-TH 09:00-16:00"]),
    s("budget-guidance", "dettes", "Guidance budgétaire",
      "Aide à la gestion du budget du ménage pour éviter le surendettement : ateliers budget et suivi individuel.",
      ["R1.1"], at=["budget"]),
    s("caw-onthaal", "schuld", "CAW Onthaal",
      "Met al je vragen over welzijn kun je terecht bij het onthaal van het CAW: relatie, geld, wonen, "
      "administratie, justitie. Anoniem en gratis.", ["R1"], at=["caw-noord", "caw-zuid"], langs=["nl", "fr", "en"],
      hours=["MO-FR 09:00-12:30"]),
    s("caw-schuld", "schuld", "Schuldhulpverlening",
      "Budgetbegeleiding en schuldbemiddeling voor wie de rekeningen niet meer kan betalen. Collectieve "
      "schuldenregeling.", ["R1.1"], at=["caw-noord", "caw-zuid"], langs=["nl"]),
    s("caw-wonen", "schuld", "Woonbegeleiding en thuislozenzorg",
      "Begeleiding van thuislozen en mensen die hun woning dreigen te verliezen; crisisopvang en begeleid wonen.",
      ["R2"], at=["caw-noord"], langs=["nl"]),
    s("caw-slachtoffer", "schuld", "Slachtofferhulp",
      "Ondersteuning van slachtoffers van geweld, inbraak of verkeersongeval, en van hun nabestaanden.",
      ["R5.3", "R1.3"], at=["caw-zuid"], langs=["nl"]),
    s("droits", "droits", "Permanence juridique gratuite",
      "Juristes qui répondent gratuitement à vos questions de droit : bail, chômage, allocations, séjour, "
      "divorce, dettes. Sans rendez-vous le mercredi.", ["R1.3"], at=["droits"], hours=["WE 13:00-17:00"]),
    s("bajq", "maisonjustice", "Aide juridique de première ligne (pro deo)",
      "Premier conseil juridique gratuit par un avocat et désignation d'un avocat pro deo selon vos revenus.",
      ["R1.3"], at=["bajq"], hours=["MO-FR 09:00-12:00"]),
    # --- Primo-arrivants ---------------------------------------------------------------
    s("bapa-parcours", "bapa", "Parcours d'accueil pour primo-arrivants",
      "Le parcours d'accueil aide les personnes arrivées en Belgique depuis moins de trois ans : bilan social, "
      "cours de français, formation à la citoyenneté, orientation vers l'emploi et les services.", ["R7"],
      at=["bapa-nord"], langs=["fr", "en", "ar", "es", "ru"]),
    s("bapa-fle", "bapa", "Cours de français langue étrangère",
      "Cours de français (FLE) du débutant au niveau intermédiaire, en journée et en soirée.", ["R7"],
      at=["bapa-nord"], hours=["MO-TH 18:00-20:30"]),
    s("onthaal-inburgering", "bon", "Inburgeringstraject",
      "Het inburgeringstraject voor nieuwkomers in Brussel: lessen maatschappelijke oriëntatie in je eigen taal, "
      "Nederlandse les en begeleiding naar werk.", ["R7"], at=["onthaal"], langs=["nl", "en", "fr", "ar", "so"]),
    s("onthaal-nl", "bon", "Nederlands leren",
      "Doorverwijzing naar een cursus Nederlands als tweede taal op jouw niveau.", ["R7"], at=["onthaal"],
      langs=["nl", "en", "fr"]),
    s("interp", "interpretes", "Interprétariat social et médical",
      "Des interprètes professionnels (arabe, dari, pachto, tigrinya, russe, roumain...) pour les consultations "
      "médicales, psychologiques et sociales, sur place, par téléphone ou par vidéo.", ["R7"],
      at=["interp-video"], langs=["fr", "nl", "ar", "fa", "ps", "ru", "ro"]),
    s("mdq-soins", "sans-papiers", "Soins pour personnes sans titre de séjour",
      "Consultations médicales gratuites pour les personnes sans papiers et sans couverture médicale ; aide pour "
      "obtenir l'aide médicale urgente (AMU) auprès du CPAS.", ["R7", "R3"], at=["mdq"],
      langs=["fr", "en", "ar", "es"], hours=["MO,WE,FR 09:00-13:00"]),
    # --- Seniors, aidants ----------------------------------------------------------------
    s("schakel", "ldc", "Lokaal dienstencentrum De Schakel",
      "Ontmoeting, activiteiten, goedkope maaltijden, pedicure en hulp bij administratie voor senioren en "
      "buurtbewoners van Anderlecht.", ["R6"], at=["schakel"], areas=["Anderlecht"], langs=["nl", "fr"],
      hours=["MO-FR 09:00-16:00"]),
    s("anker", "ldc2", "Lokaal dienstencentrum Het Anker",
      "Buurtrestaurant, computerlessen, sociaal advies en vrijwilligers die eenzame ouderen thuis bezoeken.",
      ["R6"], at=["anker"], areas=["Schaarbeek"], langs=["nl"]),
    s("entraide-wb", "seniors", "Entraide Seniors",
      "Visites de convivialité, aide administrative, accompagnement aux rendez-vous médicaux et petits travaux "
      "pour les personnes âgées isolées de Watermael-Boitsfort.", ["R6"], at=["entraide-wb"],
      areas=["Watermael-Boitsfort"]),
    s("glycines", "centre-jour", "Centre de jour pour personnes âgées",
      "Accueil en journée de personnes âgées en perte d'autonomie ou atteintes de la maladie d'Alzheimer, "
      "activités, repas, soins ; répit pour les aidants proches.", ["R6", "R6.1"], at=["glycines"],
      hours=["MO-FR 09:00-17:00"]),
    s("aidants-soutien", "aidants", "Soutien des aidants proches",
      "Information, écoute et groupes de parole pour les personnes qui s'occupent d'un proche malade, handicapé "
      "ou âgé ; reconnaissance du statut d'aidant proche ; solutions de répit.", ["R6.1"], at=["aidants"]),
    s("mantelzorg", "mantelzorg", "Mantelzorgpunt",
      "Informatie en ondersteuning voor mantelzorgers: respijtzorg, erkenning als mantelzorger, "
      "lotgenotengroepen.", ["R6.1"], at=["mantelzorg"], langs=["nl"]),
    s("mrs-aud", "mr", "Maison de repos et de soins",
      "Maison de repos et de soins (MRS) de 120 lits, court séjour et unité adaptée pour personnes désorientées.",
      ["R6"], at=["mrs-aud"]),
    s("terlinde", "wzc", "Woonzorgcentrum Ter Linde",
      "Woonzorgcentrum met 90 kamers, kortverblijf en een centrum voor dagverzorging.", ["R6"], at=["terlinde"],
      langs=["nl", "fr"]),
    s("esg-seniors", "ganshoren", "Maison des seniors",
      "Activités, repas et aide administrative pour les seniors de Ganshoren ; service social communal.",
      ["R6", "R1"], at=["esg"], areas=["Ganshoren"]),
    # --- Enfance, jeunesse --------------------------------------------------------------
    s("petitspas", "one", "Consultations pour nourrissons",
      "Suivi préventif gratuit des bébés et jeunes enfants (0 à 6 ans) : vaccinations, croissance, allaitement, "
      "conseils aux parents, par un médecin et une infirmière.", ["R5.2"], at=["petitspas"],
      areas=["Molenbeek-Saint-Jean"], max_age=6),
    s("hvhk", "kindgezin", "Consultatiebureau en opvoedingsondersteuning",
      "Gratis consultaties voor baby's en peuters (vaccinaties, groei, voeding) en opvoedingsondersteuning voor "
      "ouders.", ["R5.2"], at=["hvhk"], areas=["Koekelberg", "Sint-Agatha-Berchem", "Ganshoren"], langs=["nl", "fr"],
      max_age=6),
    s("amo", "jeunes", "Aide en milieu ouvert pour jeunes",
      "Écoute et accompagnement de jeunes de 0 à 22 ans et de leurs familles : conflits, décrochage scolaire, "
      "problèmes avec la justice.", ["R5", "R5.2"], at=["amo"], areas=["Koekelberg"], max_age=22),
    # --- Handicap ------------------------------------------------------------------------
    s("cap", "handicap", "Service d'accompagnement pour adultes handicapés",
      "Accompagnement à domicile de personnes adultes avec un handicap physique ou mental : logement, "
      "budget, démarches auprès de l'AVIQ, d'Iriscare et du SPF Sécurité sociale.", ["R6.3"], at=["cap"]),
    s("braille", "blind", "Aide aux personnes aveugles et malvoyantes",
      "Service social, aides techniques, cours de braille et accompagnement pour personnes aveugles ou "
      "malvoyantes.", ["R6.3"], at=["braille"]),
    # --- Violences ----------------------------------------------------------------------
    s("violence-ligne", "violence", "Ligne écoute violences conjugales",
      "Écoute, information et orientation pour les victimes de violences conjugales, leurs proches et les "
      "professionnels. Ligne gratuite et chat.", ["R5.3"], at=["violence-chat"],
      hours=["MO-FR 09:00-19:00"]),
    s("aurore", "cvs", "Centre de prise en charge des violences sexuelles",
      "Soins médicaux, examen médico-légal, soutien psychologique et dépôt de plainte pour les victimes de "
      "violences sexuelles, 24 heures sur 24.", ["R5.3"], at=["aurore"], langs=["fr", "nl", "en"],
      hours=["ALL 00:00-23:59"]),
    # --- Maladies chroniques -------------------------------------------------------------
    s("diab-edu", "diabete", "Éducation au diabète",
      "Séances d'éducation pour les personnes diabétiques de type 2 : alimentation, activité physique, "
      "autosurveillance de la glycémie ; soutien par des pairs.", ["R3.4"], at=["diab"]),
    s("pharma-garde", "pharma", "Pharmacie de garde",
      "Numéro pour trouver la pharmacie de garde la plus proche la nuit, le week-end et les jours fériés.",
      ["R3", "R2.1"], hours=["ALL 19:00-09:00"]),
    # --- Quartiers ----------------------------------------------------------------------
    s("mqb-social", "berchem", "Permanence sociale de quartier",
      "Aide pour les papiers, les factures, les courriers administratifs, l'accès aux droits.", ["R1"], at=["mqb"],
      areas=["Berchem-Sainte-Agathe"]),
    s("haren-perm", "haren", "Sociale permanentie Haren",
      "Wekelijkse permanentie voor hulp bij administratie, huur, energie en doorverwijzing naar het OCMW.",
      ["R1"], at=["haren"], areas=["Haren"], langs=["nl", "fr"], hours=["TU 14:00-17:00"]),
    s("jourdan", "etterbeek", "Service social de quartier Jourdan",
      "Permanence sociale pour les habitants d'Etterbeek : aide administrative, énergie, logement, "
      "médiation de dettes de première ligne.", ["R1", "R1.1"], at=["jourdan"], areas=["Etterbeek"]),
]

# Second batch: bilingual and English-speaking services, and the communes with few services.
SERVICES += [
    s("brug-volw", "brug", "Consultations adultes / Consultaties volwassenen",
      "Psychologues et psychiatres pour adultes : dépression, angoisses, burn-out, difficultés de couple. "
      "Psychologen en psychiaters voor volwassenen: depressie, angst, burn-out, relatieproblemen.",
      ["R4"], at=["brug"], areas=["Bassin Sud-Est"], langs=["fr", "nl", "en"], hours=["MO-FR 09:00-20:00"]),
    s("brug-kind", "brug", "Enfants et adolescents / Kinderen en jongeren",
      "Bilans et thérapies pour enfants et adolescents, guidance parentale. Therapie voor kinderen en jongeren, "
      "ouderbegeleiding.", ["R4", "R5.2"], at=["brug"], areas=["Bassin Sud-Est"], langs=["fr", "nl"], max_age=18),
    s("thuis-bi", "thuis-bi", "Soins infirmiers à domicile / Thuisverpleging",
      "Soins infirmiers à domicile dans toute la Région bruxelloise : toilettes, pansements, injections, "
      "insuline, soins palliatifs. Thuisverpleging in het hele Brussels Gewest: wondzorg, insuline, "
      "palliatieve zorg.", ["R3.2"], at=["thuis-bi"], areas=["Région de Bruxelles-Capitale"], langs=["fr", "nl"],
      hours=["ALL 07:00-22:00"]),
    s("pf-and", "pf-and", "Planning familial / Gezinsplanning",
      "Contraception, tests de grossesse, IVG, consultations psychologiques et juridiques, accueil des jeunes. "
      "Anticonceptie, zwangerschapstest, abortus, psychologische en juridische consultaties.",
      ["R5", "R5.1"], at=["pf-and"], langs=["fr", "nl", "ar"], hours=["MO-FR 09:00-17:00"]),
    s("ldc-evere", "ldc-evere", "Centre de services local / Lokaal dienstencentrum",
      "Restaurant pour seniors, activités, aide administrative, pédicure, ateliers numériques. "
      "Seniorenrestaurant, activiteiten, hulp bij administratie, digitale ateliers.", ["R6"], at=["ldc-evere"],
      areas=["Evere"], langs=["fr", "nl"], hours=["MO-FR 09:00-16:30"]),
    s("ldc-evere-aidants", "ldc-evere", "Café des aidants / Mantelzorgcafé",
      "Rencontre mensuelle pour les aidants proches de personnes âgées. Maandelijkse ontmoeting voor "
      "mantelzorgers.", ["R6.1"], at=["ldc-evere"], areas=["Evere"], langs=["fr", "nl"]),
    s("wgc-berchem", "wgc-berchem", "Maison médicale / Wijkgezondheidscentrum Berchem",
      "Médecins généralistes, infirmières et kinésithérapeute au forfait pour les habitants de "
      "Berchem-Sainte-Agathe. Huisartsen, verpleging en kinesitherapie voor inwoners van Sint-Agatha-Berchem.",
      ["R3"], at=["wgc-berchem"], areas=["Berchem-Sainte-Agathe"], langs=["fr", "nl"], hours=["MO-FR 08:00-19:00"]),
    s("kine-noh", "kine-noh", "Kinésithérapie",
      "Kinésithérapie au cabinet et à domicile à Neder-over-Heembeek et Laeken : rééducation, kiné "
      "respiratoire, personnes âgées.", ["R3.1"], at=["kine-noh"], areas=["Neder-over-Heembeek", "Laeken"]),
    s("logo-koek", "logo-koek", "Logopédie / Logopedie",
      "Logopèdes pour enfants : langage, lecture, orthographe, déglutition. Logopedie voor kinderen: taal, "
      "lezen, spelling.", ["R3.1"], at=["logo-koek"], langs=["fr", "nl"], max_age=18),
    s("douches", "douches", "Douches sociales",
      "Douches, savon et serviettes pour les personnes sans abri ou sans salle de bain, pour 50 centimes.",
      ["R2"], at=["douches"], hours=["TU-SA 08:00-13:00"]),
    s("expat-line", "expat", "English-speaking helpline",
      "A confidential listening line in English for anyone in Brussels feeling lonely, anxious or in crisis, "
      "staffed by trained volunteers every evening and night.", ["R4"], at=["expat-online"], langs=["en"],
      hours=["ALL 19:00-07:00"], hours_note="Evenings and nights"),
    s("expat-counselling", "expat", "Counselling and psychotherapy in English",
      "Short-term counselling and psychotherapy in English for adults, couples and teenagers: anxiety, "
      "depression, relationship problems, adjustment to life abroad. Sliding-scale fees.", ["R4"],
      at=["expat", "expat-online"], langs=["en"]),
    s("wsp-ssm", "wsp-ssm", "Service de santé mentale - consultations",
      "Consultations psychologiques pour enfants, adolescents et adultes, logopédie et psychomotricité, pour les "
      "habitants de Woluwe-Saint-Pierre et environs.", ["R4"], at=["wsp-ssm"],
      areas=["Woluwe-Saint-Pierre", "Woluwe-Saint-Lambert", "Auderghem"]),
    s("tabac", "tabac", "Consultations de tabacologie",
      "Aide pour arrêter de fumer : tabacologues, substituts nicotiniques remboursés, suivi individuel.",
      ["R4.1", "R3.4"], at=["tabac"]),
    s("boomgaard", "dagcentrum", "Dagverzorging voor ouderen",
      "Dagverzorging voor ouderen die thuis wonen: verzorging, maaltijd, activiteiten, vervoer. Respijt voor "
      "de mantelzorger.", ["R6", "R6.1"], at=["boomgaard"], langs=["nl"], hours=["MO-FR 08:30-17:00"]),
    s("esa-tabac", "auderghem", "Permanence sociale Auderghem",
      "Permanence sociale pour les habitants d'Auderghem : aide administrative, accès aux droits, énergie.",
      ["R1"], at=["esa"], areas=["Auderghem"]),
    s("cpas-sch-abri", "cpas-sch", "Hébergement d'urgence de nuit (hiver)",
      "Abri de nuit de 30 places ouvert du 15 novembre au 31 mars, de 19 h à 8 h, pour les personnes sans abri "
      "de Schaerbeek et des communes voisines.", ["R2.1"], at=["cpas-sch"], hours=["ALL 19:00-08:00"]),
]
