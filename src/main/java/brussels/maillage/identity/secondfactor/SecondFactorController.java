package brussels.maillage.identity.secondfactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import brussels.maillage.identity.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The step after the password for accounts that need a second factor: the code of an
 * authenticator app (or a recovery code), and the enrolment of that app the first time.
 * Until it is done the session holds the password factor only, and nothing else is
 * reachable.
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorController {

	static final String PATH = SecondFactors.PATH;

	private static final String PENDING_SECRET = "maillage.second-factor.pending-secret";

	private static final String ISSUER = "Maillage";

	private final SecondFactors secondFactors;

	private final SecondFactorLogins logins;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requests = new HttpSessionRequestCache();

	SecondFactorController(SecondFactors secondFactors, SecondFactorLogins logins) {
		this.secondFactors = secondFactors;
		this.logins = logins;
	}

	@GetMapping
	String codePage(Authentication signIn, Model model) {
		CurrentUser user = (CurrentUser) signIn.getPrincipal();
		if (done(signIn)) {
			return "redirect:/";
		}
		if (!this.secondFactors.enrolled(user.id())) {
			return "redirect:" + PATH + "/setup";
		}
		return codeView(model, null, null);
	}

	@PostMapping
	String checkCode(@RequestParam(defaultValue = "") String code, Authentication signIn, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return check(code, "code", "identity.secondFactor.code", "totp", this.secondFactors::verify, signIn, model,
				request, response);
	}

	@PostMapping("/recovery")
	String useRecoveryCode(@RequestParam(defaultValue = "") String recoveryCode, Authentication signIn, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return check(recoveryCode, "recoveryCode", "identity.secondFactor.recovery", "recovery code",
				this.secondFactors::useRecoveryCode, signIn, model, request, response);
	}

	/**
	 * A code given after the password: {@code messages} + {@code .required} or
	 * {@code .wrong} next to {@code field} when it is missing or does not match.
	 */
	private String check(String value, String field, String messages, String how,
			BiPredicate<CurrentUser, String> matches, Authentication signIn, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = (CurrentUser) signIn.getPrincipal();
		if (done(signIn)) {
			return "redirect:/";
		}
		if (refusedForNow(user, request)) {
			return "redirect:/login?locked";
		}
		if (value.isBlank()) {
			return codeView(model, field, messages + ".required");
		}
		if (!matches.test(user, value)) {
			return failed(user, request, () -> codeView(model, field, messages + ".wrong"));
		}
		return complete(signIn, how, request, response);
	}

	@GetMapping("/setup")
	String setupPage(Authentication signIn, HttpSession session, Model model) {
		CurrentUser user = (CurrentUser) signIn.getPrincipal();
		if (done(signIn)) {
			return "redirect:/";
		}
		if (this.secondFactors.enrolled(user.id())) {
			return "redirect:" + PATH;
		}
		return setupView(user, session, model, null);
	}

	@PostMapping("/setup")
	String confirmSetup(@RequestParam(defaultValue = "") String code, Authentication signIn, HttpSession session,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = (CurrentUser) signIn.getPrincipal();
		if (done(signIn)) {
			return "redirect:/";
		}
		if (this.secondFactors.enrolled(user.id())) {
			return "redirect:" + PATH;
		}
		if (code.isBlank()) {
			return setupView(user, session, model, "identity.secondFactor.code.required");
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		var codes = (secret != null) ? this.secondFactors.enrol(user, secret, code) : Optional.<List<String>>empty();
		if (codes.isEmpty()) {
			return setupView(user, session, model, "identity.secondFactor.code.wrong");
		}
		session.removeAttribute(PENDING_SECRET);
		upgrade(signIn, "enrolment", request, response);
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		return "redirect:" + PATH + "/recovery-codes";
	}

	@GetMapping("/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:/";
		}
		return "identity/recovery-codes";
	}

	private String codeView(Model model, String field, String error) {
		model.addAttribute("errorField", field);
		model.addAttribute("error", error);
		return "identity/second-factor";
	}

	private String setupView(CurrentUser user, HttpSession session, Model model, String error) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = this.secondFactors.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qrCode", QrCodes.svgDataUri(Totp.uri(ISSUER, user.email(), secret)));
		model.addAttribute("error", error);
		return "identity/second-factor-setup";
	}

	private boolean done(Authentication signIn) {
		CurrentUser user = (CurrentUser) signIn.getPrincipal();
		return !this.secondFactors.required(user) || hasSecondFactor(signIn);
	}

	static boolean hasSecondFactor(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> SecondFactors.TOTP_AUTHORITY.equals(authority.getAuthority()));
	}

	private boolean refusedForNow(CurrentUser user, HttpServletRequest request) {
		if (!this.logins.refusedForNow(user, request.getRemoteAddr())) {
			return false;
		}
		signOut(request);
		return true;
	}

	private String failed(CurrentUser user, HttpServletRequest request, Supplier<String> page) {
		if (this.logins.failedAndLocked(user, request.getRemoteAddr())) {
			signOut(request);
			return "redirect:/login?locked";
		}
		return page.get();
	}

	/**
	 * Completes the sign-in and goes where the person was going (a saved request), or
	 * home.
	 */
	private String complete(Authentication signIn, String how, HttpServletRequest request,
			HttpServletResponse response) {
		upgrade(signIn, how, request, response);
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		return "redirect:" + ((saved != null) ? saved.getRedirectUrl() : "/");
	}

	/** Adds the second factor to the sign-in, in a new session id. */
	private Authentication upgrade(Authentication signIn, String how, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = (CurrentUser) signIn.getPrincipal();
		List<GrantedAuthority> authorities = new ArrayList<>(signIn.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactors.TOTP_AUTHORITY));
		UsernamePasswordAuthenticationToken upgraded = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		upgraded.setDetails(signIn.getDetails());
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(upgraded);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.logins.succeeded(user, request.getRemoteAddr(), how);
		return upgraded;
	}

	private static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
