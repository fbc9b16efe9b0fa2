package brussels.maillage.plans.demo;

/**
 * Annex 2 of the 2024 activity report (seed 001): the regional plan. The report prints
 * references 1, 8 to 13, 15 and 17; the others follow the rows' order. The Case
 * management row between 8 and 9 has no printed reference: the demo gives it
 * {@code 8bis}.
 */
final class AnnexRegion {

	static final String CSV = """
			territory-code,year,reference,objective-code,origin-code,lead-team-code,bassin-codes,status-code,title-fr,description-fr,perspectives-fr,deliverable-target,deliverable-value,deliverable-unit,deliverable-per-bassin,deliverable-metric-code,deliverable-done
			REGION,2024,1,II.2.3,CONTINUING,REGION,,DONE,"Focus sur certaines thématiques prioritaires","Brochures d'information relatives à l'accompagnement social-santé, axées sur les aides et soutiens existants et déclinées en webinaires pour les professionnel·les.","De nouveaux focus sont en préparation pour 2025 : Périnatalité, Accès aux soins pour les publics n'ayant pas accès à l'assurance obligatoire",Mise à jour des focus existants,,,false,focus.repertoires.updated,true
			REGION,2024,1,,,,,,,,,Mise à jour des répertoires liés,,,false,,true
			REGION,2024,1,,,,,,,,,4 webinaires/ focus live,4,webinaires,false,,false
			REGION,2024,2,II.2.1,CONTINUING,REGION,,DONE,"Brus'Info","Séances d'information à la demande des équipes socialsanté, des organisations ambulatoires ou des autres services d'appui sur l'organisation territoriale socialsanté intégrée, les activités régionales et sur les thématiques prioritaires développées dans les focus.","Les séances continueront d'être organisées à la demande",20 Séances Région,20,séances,false,events.brusinfo.byTeam,false
			REGION,2024,2,,,,,,,,,50 Séances Bassins,50,séances,false,events.brusinfo.byTeam,false
			REGION,2024,2,,,,,,,,,20 Séances Soins palliatifs,20,séances,false,events.brusinfo.byTeam,false
			REGION,2024,3,II.2.1,CONTINUING,REGION,,PARTIAL,"Helpdesk","Un numéro d'aide à l'orientation par bassin articulé avec le numéro d'aide à l'orientation régionale pour les situations complexes que tout·e professionnel·le du social-santé peut utiliser quand il ou elle rencontre des difficultés dans l'accompagnement de bénéficiaire.",,6 lignes d'orientation,6,lignes,false,,false
			REGION,2024,3,,,,,,,,,1000 dossiers,1000,dossiers,false,helpdesk.requests,false
			REGION,2024,3,,,,,,,,,1 Guide méthodologique interne,1,guide,false,,true
			REGION,2024,4,,CONTINUING,REGION,,POSTPONED,"Orientation intégrée","Accords de collaboration organisant la coordination entre les dispositifs d'aide à l'orientation destinés aux professionnel·les de l'ambulatoire en articulant les responsabilités territoriales et thématique.","Les lignes d'écoute et d'orientation seront mises en réflexion lors du Forum des pratiques prometteuses en 2025",1 concertation,1,concertation,false,,false
			REGION,2024,5,,CONTINUING,REGION,,POSTPONED,"Cadastre des répertoires","Un répertoire ""référentiel"" indiquant les principales portes d'entrée vers les informations de types cadastre des ressources intéressantes pour les professionnel·les de l'ambulatoire.","L'action sera relancée en 2025.",1 répertoire,1,répertoire,false,,false
			REGION,2024,6,,CONTINUING,REGION,,ON_TRACK,"Répertoire intégré","Contribuer au développement du projet Brussels social care de l'observatoire de la santé et du social de Bruxelles-Capitale",,1 répertoire,1,répertoire,false,,false
			REGION,2024,7,,CONTINUING,REGION,,STANDBY,"Organisateur de concertation clinique social-santé","Développement de la méthode et constitution d'une équipe régionale assurant cette fonction.",,Une équipe de 10 personnes,10,personnes,false,,false
			REGION,2024,7,,,,,,,,,Une méthode,1,méthode,false,,false
			REGION,2024,8,,CONTINUING,REGION,,DONE,"Zinneke","Revue semestrielle thématique sur la transformation du socialsanté bruxellois.","2 revues à paraitre en 2025. Réflexion sur le contenu de la rubrique « témoignages », sur le choix d'initiatives NL ainsi que la corédaction de l'article de fonds avec un partenaire",2 revues,2,revues,false,,false
			REGION,2024,8bis,,CONTINUING,REGION,,DONE,"Case management","Développement de la méthode et constitution d'une équipe régionale assurant cette fonction. A déployer progressivement au niveau des bassins.","L'action sera amenée à évoluer en fonction du plan interfédéral et en particulier du programme « publics vulnérables »",Une équipe de 10 personnes,10,personnes,false,,false
			REGION,2024,8bis,,,,,,,,,Une communauté de pratiques,1,communauté de pratiques,false,events.communities.meetings,false
			REGION,2024,9,,CONTINUING,REGION,,PARTIAL,"Concertation projets quartier","Concertation ayant pour objectif le partage d'expériences sur les aspects opérationnels des projets innovants dans le domaine social-santé, à l'échelle du quartier.","Afin d'apporter certains ajustements à cette action (objectifs, modalités, participants, etc.), un processus de réflexion et d'entretiens sera mené au 1er semestre 2025.",4 concertations,4,concertations,false,governance.meetings.held,false
			REGION,2024,10,,CONTINUING,REGION,,PARTIAL,"Concertation pratiques inclusives (CPI)","Concertations sur base d'une méthodologie concertée permettant l'émergence de bonnes pratiques qui permettent à l'ensemble des acteurs d'abaisser leur seuil d'accès",,4 concertations,4,concertations,false,governance.meetings.held,false
			REGION,2024,10,,,,,,,,,4 synthèses,4,synthèses,false,governance.syntheses.published,false
			REGION,2024,11,,CONTINUING,REGION,,PARTIAL,"Workshops pratiques inclusives","Des workshops online ouverts à tous-tes les professionnel·les actifs dans les secteurs du social et de la santé qui souhaitent acquérir plus de connaissances ainsi que de compétences dans la prise en charge des personnes devant faire face à des difficultés d'accès à de l'aide et aux soins",,4 webinaires,4,webinaires,false,,false
			REGION,2024,12,,CONTINUING,REGION,"SUD,CENTRE_OUEST,NORD",PARTIAL,"Méthodologie des Communautés de pratiques (CDP)","Développement des communautés de pratique (CDP): groupes locaux interdisciplinaires et intersectoriels de professionnel·les qui se reconnaissent dans la pratique spécifique d'une fonction d'accompagnement dans le champ social-santé.","La méthodologie des CDP ainsi que la réflexion sur le déploiement des CDP dans les 5 bassins seront menés au 1er semestre 2025.",1 méthodologie,1,méthodologie,false,,false
			REGION,2024,12,,,,,,,,,1 CDP/bassin,1,CDP,true,,false
			REGION,2024,13,,CONTINUING,REGION,,PARTIAL,"Méthodologie Diapason","Mise à jour de la méthode de concertation pluridisciplinaire et interligne autour de questions concrètes et prioritaires déterminées au sein d'un groupe de travail hôpital-domicile","Le guide sera finalisé et présenté aux équipe en 2025, dans l'objectif d'être utilisé dans les CT des bassins.",1 méthodologie,1,méthodologie,false,,false
			REGION,2024,14,II.2.3,CONTINUING,REGION,,DONE,"Liaison et méthodologie axe prévention/ promotion de la santé","Accompagnement des activités prom/prév réalisées par les CPPS via une guidance méthodologique, ainsi qu'une fonction de liaison avec les opérateurs régionaux en prévention et promotion santé et de liaison avec les autorités (Vivalis, Cocof, VGC).","Calendrier des thématiques 2025: 01 - Cancer du col de l'utérus 02 – Dépendance à l'alcool 03 – Cancer colorectal 04 – Tuberculose 05 - Tabac 06 – Assuétudes (réduction des risques) 07 – Hydratation 08 – Cancer de la peau/soleil 09 - Vaccination 10 - Cancer du sein 11 – Diabète 12 - HIV & IST",1 actualité mensuelle publiée (site région + 5 sites bassins),1,actualité par mois,false,,false
			REGION,2024,14,,,,,,,,,1 méthodologie pour les rdv de la prévention santé,1,méthodologie,false,,true
			REGION,2024,15,,CONTINUING,REGION,,DONE,"Soutien implémentation programmes PIF","Le soutien aux professionnel·les et aux événements qui visent à renforcer l'accès de la population aux droits, aux aides et aux services.","L'équipe régionale soutiendra les équipes bassins dans l'organisation des réunions en 2025.",1 plan d'implémentation périnat,1,plan,false,,true
			REGION,2024,16,II.2.2,CONTINUING,REGION,,DONE,"Forum des pratiques prometteuses","Concertation qui propose à tous les professionnels du socialsanté intéressés par le développement de pratiques de collaboration interdisciplinaire et inter organisationnelle de définir ensemble les orientations stratégiques et opérationnelles à donner à certaines pratiques prometteuses.","Thématique 2025 : les lignes téléphonique d'orientation pour les professionnel·les",1 événement,1,événement,false,,false
			REGION,2024,16,,,,,,,,,100 inscrits,100,inscrits,false,events.registrants,false
			REGION,2024,16,,,,,,,,,1 synthèse,1,synthèse,false,,true
			REGION,2024,17,,CONTINUING,REGION,,DONE,"Conseil de l'Action régionale","Espace de gouvernance qui vise à assurer la participation effective des différents intervenants social-santé régionaux à la définition, la réalisation et l'évaluation des projets de Brusano.",,3 rencontres,3,rencontres,false,governance.councils.held,false
			REGION,2024,17,,,,,,,,,3 synthèses,3,synthèses,false,governance.syntheses.published,false
			REGION,2024,17,,,,,,,,,1 plan d'action régional,1,plan,false,,true
			""";

	private AnnexRegion() {
	}

}
