package brussels.maillage.prevention.rendezvous;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.prevention.local.PreventionBassin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page of a bassin's Rendez-vous de la prévention santé: its venues on a map
 * and the year's sessions with their themes. Inhabitants come without registering.
 */
@Controller
class RendezvousController {

	private final RendezvousService rendezvous;

	RendezvousController(RendezvousService rendezvous) {
		this.rendezvous = rendezvous;
	}

	@GetMapping("/prevention/{bassin}/rendez-vous")
	String bassin(@PathVariable String bassin, Model model, Locale locale) {
		PreventionBassin shown = PreventionBassin.of(bassin)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int year = this.rendezvous.today().getYear();
		var venues = this.rendezvous.venues(shown);
		Map<UUID, VenueView> byId = venues.stream()
			.collect(Collectors.toMap((view) -> view.venue().id(), (view) -> view));
		model.addAttribute("bassin", shown);
		model.addAttribute("year", year);
		model.addAttribute("venues", venues);
		model.addAttribute("venueById", byId);
		model.addAttribute("sessions", this.rendezvous.sessions(year, shown));
		return "prevention/rendezvous";
	}

}
