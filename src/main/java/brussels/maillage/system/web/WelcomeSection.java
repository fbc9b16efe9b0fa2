package brussels.maillage.system.web;

import brussels.maillage.system.HomeSection;

import org.springframework.stereotype.Component;

/** The public introduction at the top of the home page. */
@Component
class WelcomeSection implements HomeSection {

	@Override
	public String template() {
		return "system/welcome";
	}

	@Override
	public int order() {
		return 0;
	}

}
