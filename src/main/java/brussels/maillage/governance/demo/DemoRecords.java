package brussels.maillage.governance.demo;

import java.util.List;
import java.util.UUID;

import brussels.maillage.governance.agenda.AgendaService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.bodies.ConsultationTheme;
import brussels.maillage.governance.decisions.DecisionMethod;
import brussels.maillage.governance.decisions.DecisionsService;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.Precision;
import brussels.maillage.governance.proposals.ProposalOrigin;
import brussels.maillage.governance.proposals.ProposalStatus;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.Synthesis;
import brussels.maillage.governance.syntheses.VersionStatus;

import org.springframework.stereotype.Component;

/**
 * The demo's records after the meetings: syntheses of the 2024 change workshops (French
 * published, Dutch published for February and June only, so the "in preparation" notice
 * shows), a few proposals carried to the councils and answered, an agenda and decisions
 * at the February 2025 meeting of bassin Sud's council, and the different persons of a
 * workshop series. Texts are invented in the spirit of the 2024 activity report.
 */
@Component
class DemoRecords {

	private static final String BY = "demo";

	private final BodiesService bodies;

	private final MeetingsService meetings;

	private final SynthesesService syntheses;

	private final ProposalsService proposals;

	private final AgendaService agenda;

	private final DecisionsService decisions;

	DemoRecords(BodiesService bodies, MeetingsService meetings, SynthesesService syntheses, ProposalsService proposals,
			AgendaService agenda, DecisionsService decisions) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.syntheses = syntheses;
		this.proposals = proposals;
		this.agenda = agenda;
		this.decisions = decisions;
	}

	void load() {
		UUID sudProposal = null;
		for (Body body : this.bodies.bodies()) {
			if (body.kind() != BodyKind.WORKSHOP_SERIES) {
				continue;
			}
			List<Meeting> held = this.meetings.meetings(body.id(), 2024);
			for (int i = 0; i < held.size(); i++) {
				UUID item = workshopSynthesis(held.get(i), i < 2);
				if (i == 2 && "SUD".equals(body.territory())) {
					sudProposal = item;
				}
			}
			this.meetings.recordDistinctPersons(body.id(), 2024, 52, Precision.ABOUT, BY);
		}
		Body sud = this.bodies.body("CAB-SUD").orElse(null);
		Body nord = this.bodies.body("CAB-NORD").orElse(null);
		if (sud == null || nord == null || sudProposal == null) {
			return;
		}
		UUID fromWorkshop = this.proposals.submit(sudProposal, sud.id(),
				"Organiser une rencontre entre les services d'aide à domicile et les maisons médicales du bassin.",
				"Een ontmoeting organiseren tussen de thuishulpdiensten en de wijkgezondheidscentra van de zorgzone.",
				BY);
		Meeting february = this.meetings.meetings(sud.id(), 2025).get(0);
		this.agenda.add(february.id(), "Accueil et charte du conseil", "Verwelkoming en charter van de raad", 20, null,
				BY);
		UUID point = this.agenda.add(february.id(), "Propositions des Ateliers du changement",
				"Voorstellen van de Ateliers du changement", 45, fromWorkshop, BY);
		this.agenda.add(february.id(), "Calendrier 2025", "Kalender 2025", 15, null, BY);
		this.decisions.record(february.id(), point,
				"Le conseil retient la rencontre entre aide à domicile et maisons médicales pour le plan d'action 2025.",
				"De raad neemt de ontmoeting tussen thuishulp en wijkgezondheidscentra op in het actieplan 2025.",
				DecisionMethod.CONSENSUS, List.of(fromWorkshop), BY);
		this.decisions.record(february.id(), null, "Le conseil se réunira en juin et en octobre 2025.",
				"De raad vergadert in juni en oktober 2025.", DecisionMethod.NONE_RECORDED, List.of(), BY);
		this.proposals.answer(fromWorkshop, ProposalStatus.TAKEN_INTO_PLAN,
				"Retenue : la rencontre est inscrite au plan d'action 2025 du bassin.",
				"Weerhouden: de ontmoeting staat in het actieplan 2025 van de zorgzone.");
		UUID fromAuthority = this.proposals.submit(ProposalOrigin.AUTHORITY_REQUEST, null, null,
				"Demande de la Commission communautaire commune sur l'accès aux soins des personnes sans chez-soi",
				nord.id(), null,
				"Faire un état des lieux de l'accès aux soins des personnes sans chez-soi dans le bassin.",
				"Een stand van zaken opmaken van de toegang tot zorg voor daklozen in de zorgzone.", BY);
		this.proposals.answer(fromAuthority, ProposalStatus.DEFERRED,
				"Reportée à 2026, après les données du GT Données.",
				"Uitgesteld tot 2026, na de gegevens van de WG Gegevens.");
		UUID shelters = this.proposals.submit(ProposalOrigin.CONTINUING_ACTION, null, null,
				"Relevé des accueils de jour du bassin Nord, commencé en 2024", nord.id(), null,
				"Recenser les accueils de jour ouverts aux personnes sans chez-soi.",
				"De dagopvang voor daklozen inventariseren.", BY);
		this.proposals.changeStatus(shelters, ProposalStatus.MERGED,
				"Fusionnée avec l'état des lieux de l'accès aux soins des personnes sans chez-soi.",
				"Samengevoegd met de stand van zaken van de toegang tot zorg voor daklozen.", fromAuthority);
		UUID intervision = this.proposals.submit(ProposalOrigin.CONTINUING_ACTION, null, null,
				"Intervision santé mentale des maisons médicales, depuis 2023", nord.id(),
				ConsultationTheme.MENTAL_HEALTH,
				"Poursuivre l'intervision entre maisons médicales et services de santé mentale du bassin.",
				"De intervisie tussen wijkgezondheidscentra en diensten voor geestelijke gezondheidszorg voortzetten.",
				BY);
		this.proposals.changeStatus(intervision, ProposalStatus.RECEIVED, null, null, null);
	}

	/** A published synthesis of a 2024 workshop; returns its proposal item. */
	private UUID workshopSynthesis(Meeting meeting, boolean dutchPublished) {
		UUID id = this.syntheses.start(meeting.id(), BY);
		this.syntheses.addItem(id, Section.FINDING,
				"Les professionnel·les du bassin se connaissent peu d'un secteur à l'autre.",
				"De professionals van de zorgzone kennen elkaar weinig over de sectoren heen.");
		this.syntheses.addItem(id, Section.LEAD,
				"Des rencontres courtes entre services voisins, une fois par trimestre.",
				"Korte ontmoetingen tussen naburige diensten, één keer per kwartaal.");
		this.syntheses.addItem(id, Section.PROPOSAL,
				"Organiser une rencontre entre les services d'aide à domicile et les maisons médicales.",
				"Een ontmoeting organiseren tussen de thuishulpdiensten en de wijkgezondheidscentra.");
		this.syntheses.setStatus(id, "fr", VersionStatus.PUBLISHED);
		this.syntheses.setStatus(id, "nl", dutchPublished ? VersionStatus.PUBLISHED : VersionStatus.IN_TRANSLATION);
		Synthesis synthesis = this.syntheses.synthesis(id).orElseThrow();
		return synthesis.items(Section.PROPOSAL).get(0).id();
	}

}
