package brussels.maillage.system.web;

import brussels.maillage.system.NavigationItem;
import brussels.maillage.system.SignedIn;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the navigation the reader may see and the language
 * switch, added to the model of every page rendered (not to JSON answers nor redirects:
 * as model attributes of a controller advice they cost a seventh of every API request).
 * What a controller put in the model under the same name stays.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

	private final List<NavigationItem> navigation;

	LayoutInterceptor(List<NavigationItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || (page.getView() instanceof SmartView view && view.isRedirectView())
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		// As Spring MVC resolves an Authentication argument: nobody when anonymous.
		Authentication viewer = (request.getUserPrincipal() instanceof Authentication known) ? known : null;
		ModelMap model = page.getModelMap();
		if (!model.containsAttribute("navigation")) {
			List<NavigationItem> visible = this.navigation.stream().filter((item) -> maySee(item, viewer)).toList();
			model.addAttribute("navigation", Menu.of(visible, request.getRequestURI()));
		}
		model.putIfAbsent("languages", LanguageLink.forRequest(request, RequestContextUtils.getLocale(request)));
		if (viewer != null && viewer.getPrincipal() instanceof SignedIn person) {
			model.putIfAbsent("signedIn", person);
		}
		model.putIfAbsent("currentPath", request.getRequestURI());
	}

	static boolean maySee(NavigationItem item, Authentication viewer) {
		if (item.requiredRole() == null) {
			return true;
		}
		if (viewer == null || !viewer.isAuthenticated()) {
			return false;
		}
		List<String> roles = viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return roles.contains("ROLE_" + item.requiredRole()) || roles.contains("ROLE_ADMIN");
	}

	/**
	 * The navigation in three groups, so that a staff member does not face twenty links
	 * on three rows: the public pages everyone sees, the staff's working pages, and the
	 * administration pages behind one disclosure button.
	 *
	 * @param everyone pages open to everyone
	 * @param staff working pages of signed-in staff and coordinators
	 * @param admin administration pages
	 */
	record Menu(List<Link> everyone, List<Link> staff, List<Link> admin) {

		static Menu of(List<NavigationItem> items, String currentPath) {
			NavigationItem current = items.stream()
				.filter((item) -> currentPath != null && (currentPath.equals(item.path())
						|| currentPath.startsWith(item.path().endsWith("/") ? item.path() : item.path() + "/")))
				.max(Comparator.comparingInt((item) -> item.path().length()))
				.orElse(null);
			return new Menu(links(items, current, null), links(items, current, "STAFF"),
					links(items, current, "ADMIN"));
		}

		private static List<Link> links(List<NavigationItem> items, NavigationItem current, String group) {
			return items.stream()
				.filter((item) -> group == null ? item.requiredRole() == null
						: "ADMIN".equals(group) ? "ADMIN".equals(item.requiredRole())
								: item.requiredRole() != null && !"ADMIN".equals(item.requiredRole()))
				.map((item) -> new Link(item.labelKey(), item.path(), item == current))
				.toList();
		}

		/** Whether the page shown is one of the administration pages. */
		public boolean inAdmin() {
			return this.admin.stream().anyMatch(Link::current);
		}

	}

	/**
	 * A link of the navigation.
	 *
	 * @param labelKey message key of its label
	 * @param path where it leads
	 * @param current whether it leads to the page shown (or the section it is in)
	 */
	record Link(String labelKey, String path, boolean current) {

	}

	/**
	 * A link that shows the current page in another language.
	 *
	 * @param code language code
	 * @param label the language's own name
	 * @param href the link
	 * @param current whether it is the page's language
	 */
	record LanguageLink(String code, String label, String href, boolean current) {

		static List<LanguageLink> forRequest(HttpServletRequest request, Locale locale) {
			// After a form post the same address answers GET with the empty form; other
			// parameters are kept on GET. The address is read once for the three links.
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String path = (original != null) ? original.toString() : request.getRequestURI();
			String query = ("GET".equals(request.getMethod()) && original == null) ? request.getQueryString() : null;
			UriComponentsBuilder page = UriComponentsBuilder.fromPath(path).query(query);
			return List.of(link("fr", "Français", page, locale), link("nl", "Nederlands", page, locale),
					link("en", "English", page, locale));
		}

		private static LanguageLink link(String code, String label, UriComponentsBuilder page, Locale locale) {
			String href = page.cloneBuilder().replaceQueryParam("lang", code).build().toUriString();
			return new LanguageLink(code, label, href, code.equals(locale.getLanguage()));
		}

	}

}
