package brussels.maillage.directory.cadastres;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation to the cadastres: the public trainings, the staff pages. */
@Configuration(proxyBeanMethods = false)
class CadastrePages {

	@Bean
	NavigationItem trainingsNavigation() {
		return new NavigationItem("cadastre.nav.trainings", "/repertoire/formations", 105, null);
	}

	@Bean
	NavigationItem trainingsStaffNavigation() {
		return new NavigationItem("cadastre.nav.trainingsStaff", "/staff/repertoire/formations", 805, "STAFF");
	}

	@Bean
	NavigationItem linesStaffNavigation() {
		return new NavigationItem("cadastre.nav.lines", "/staff/repertoire/lignes", 806, "STAFF");
	}

}
