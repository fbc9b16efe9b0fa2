package brussels.maillage.system.web;

import brussels.maillage.system.NavigationItem;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation comes in three groups (public, staff, administration), and only the most
 * precise link to the page shown is marked current.
 */
class NavigationMenuTests {

	private final List<NavigationItem> items = List.of(new NavigationItem("directory", "/repertoire", 100, null),
			new NavigationItem("prevention", "/staff/prevention", 520, "STAFF"),
			new NavigationItem("rendezvous", "/staff/prevention/rendezvous", 521, "STAFF"),
			new NavigationItem("governance", "/staff/governance", 520, "COORDINATOR"),
			new NavigationItem("users", "/admin/users", 900, "ADMIN"));

	@Test
	void groupsThePublicTheStaffAndTheAdministrationLinks() {
		LayoutInterceptor.Menu menu = LayoutInterceptor.Menu.of(this.items, "/");
		assertThat(menu.everyone()).extracting(LayoutInterceptor.Link::labelKey).containsExactly("directory");
		assertThat(menu.staff()).extracting(LayoutInterceptor.Link::labelKey)
			.containsExactly("prevention", "rendezvous", "governance");
		assertThat(menu.admin()).extracting(LayoutInterceptor.Link::labelKey).containsExactly("users");
		assertThat(menu.inAdmin()).isFalse();
	}

	@Test
	void marksOnlyTheMostPreciseLinkAsCurrent() {
		LayoutInterceptor.Menu menu = LayoutInterceptor.Menu.of(this.items, "/staff/prevention/rendezvous/12");
		assertThat(menu.staff()).filteredOn(LayoutInterceptor.Link::current)
			.extracting(LayoutInterceptor.Link::labelKey)
			.containsExactly("rendezvous");
		// "/staff/preventionnel" is not under "/staff/prevention"
		assertThat(LayoutInterceptor.Menu.of(this.items, "/staff/preventionnel").staff())
			.noneMatch(LayoutInterceptor.Link::current);
		assertThat(LayoutInterceptor.Menu.of(this.items, "/admin/users").inAdmin()).isTrue();
	}

}
