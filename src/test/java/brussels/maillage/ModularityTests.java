package brussels.maillage;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their declared dependencies; the module diagrams in docs/modules
 * are written from them.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MaillageApplication.class);

	@Test
	void modulesKeepToTheirDependencies() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
