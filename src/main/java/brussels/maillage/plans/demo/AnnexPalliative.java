package brussels.maillage.plans.demo;

/**
 * Annex 3 of the 2024 activity report (seed 001): the plan of the palliative platform.
 * The seed stops after the deliverable of action 7; its status follows annex 2, which
 * counts 15 Brus'info sessions on end of life.
 */
final class AnnexPalliative {

	static final String CSV = """
			territory-code,year,reference,objective-code,origin-code,lead-team-code,bassin-codes,status-code,title-fr,description-fr,perspectives-fr,deliverable-target,deliverable-value,deliverable-unit,deliverable-per-bassin,deliverable-metric-code,deliverable-done
			PALLIATIVE,2024,1,,CONTINUING,PALLIATIVE,,DONE,"Cadastrage des formations en Soins palliatifs","Canaux de communication pour les professionnel·les social-santé permettant le développement de la connaissance et l'amélioration de l'accès de l'offre de formation relative à l'accompagnement de fin de vie.","Diffusion aux professionnel·les social- santé.",1 répertoire de formation mis à jour,1,répertoire,false,,true
			PALLIATIVE,2024,2,,CONTINUING,PALLIATIVE,,PARTIAL,"Soutien psychologique pour situations de fin de vie (PEC)","Prises en charge psychologique individuelles (PEC) + groupes de parole pour les professionnel·les de santé pour les situations de fin de vie complexes et problématiques en collaboration avec les équipe de seconde ligne de soins palliatifs.","Renforcer la collaboration avec les 4 équipes de 2ème ligne en soins palliatifs actives en Région bruxelloise.",30 Suivi individuels,30,suivis,false,palliative.followUps.started,false
			PALLIATIVE,2024,2,,,,,,,,,5 suivis de groupes,5,suivis,false,,false
			PALLIATIVE,2024,3,,CONTINUING,PALLIATIVE,,DONE,"Volontaires du secteur palliatif","Formation de base et continue pour les volontaires en soins palliatifs et les groupes de travail (pour les volontaires et responsable) + entretiens motivationnels des candidat-es à la formation.","Maintien de 2 sessions annuelles.",2 cycles de formation,2,cycles,false,,false
			PALLIATIVE,2024,3,,,,,,,,,1 groupe de travail des responsables des volontaires,1,groupe de travail,false,,false
			PALLIATIVE,2024,3,,,,,,,,,1 groupe de travail des volontaires,1,groupe de travail,false,,false
			PALLIATIVE,2024,4,II.2.2,CONTINUING,PALLIATIVE,"NORD,NORD_EST,SUD,SUD_EST,CENTRE_OUEST",DONE,"Culture palliative en MR-MRS","Présentation de Brusano et plus particulièrement de ses missions de plateforme de SP, du support (GT, Brus'info...) qui peut être proposé aux MR/MRS et signature de la convention dans le cadre de leur agrément. Objectif: Soutien de la culture palliative en MR/MRS","En 2025 le GT N et GT NE devraient être séparés car plus de participant es qu'au lancement.",20 conventions,20,conventions,false,palliative.conventions.signed,false
			PALLIATIVE,2024,4,,,,,,,,,1 groupe de référent·es de la culture palliative en MR et MRS/Bassin,1,groupe,true,,false
			PALLIATIVE,2024,5,,CONTINUING,PALLIATIVE,,POSTPONED,"Journée de réflexion","Organisation d'une journée de réflexion destinée à un public multidisciplinaire ayant pour objectif de le sensibiliser à la culture palliative et de diffuser les bonnes pratiques pour tous les professionnel·les social/santé confronté·es aux questions de la fin de vie.","Action prévue pour le 2ème trimestre 2025.",1,1,journée,false,,false
			PALLIATIVE,2024,6,,CONTINUING,PALLIATIVE,,POSTPONED,"Kaïros","Revue thématique consacrée à la fin de vie","Publication prévue à l'automne 2025",1 revue,1,revue,false,,false
			PALLIATIVE,2024,7,II.2.1,CONTINUING,PALLIATIVE,,PARTIAL,"Brus'info thématiques Fin de vie & soins palliatifs","Diffusion de la culture palliative et de différentes thématiques en lien avec la fin de vie au sein d'institutions et de MR/MRS bruxelloises.",,20 séances,20,séances,false,events.brusinfo.byTeam,false
			""";

	private AnnexPalliative() {
	}

}
