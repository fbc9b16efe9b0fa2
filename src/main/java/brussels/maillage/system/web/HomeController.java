package brussels.maillage.system.web;

import brussels.maillage.system.HomeSection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final List<HomeSection> sections;

	HomeController(List<HomeSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
	}

	@GetMapping("/")
	String home(Authentication viewer, Model model) {
		model.addAttribute("sections",
				this.sections.stream()
					.filter((section) -> section.visibleTo(viewer))
					.map((section) -> new ShownSection(section.template(), section.fragment(), section.model(viewer)))
					.toList());
		return "system/home";
	}

	record ShownSection(String template, String fragment, Map<String, Object> model) {
	}

}
