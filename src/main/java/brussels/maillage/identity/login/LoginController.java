package brussels.maillage.identity.login;

import jakarta.servlet.http.HttpSession;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.DemoMode;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String LAST_EMAIL = "maillage.login.email";

	private final boolean oidcEnabled;

	private final DemoMode demoMode;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidc, DemoMode demoMode) {
		this.oidcEnabled = oidc.getIfAvailable() != null;
		this.demoMode = demoMode;
	}

	@GetMapping("/login")
	String login(Authentication viewer, HttpSession session, Model model) {
		if (viewer != null && viewer.isAuthenticated() && viewer.getPrincipal() instanceof CurrentUser) {
			return "redirect:/";
		}
		Object email = session.getAttribute(LAST_EMAIL);
		session.removeAttribute(LAST_EMAIL);
		model.addAttribute("email", (email != null) ? email : "");
		model.addAttribute("oidcEnabled", this.oidcEnabled);
		model.addAttribute("demo", this.demoMode.enabled());
		return "identity/login";
	}

}
