package brussels.maillage.system.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The null character taken out of what a binder converts to text, as Spring MVC's binders
 * convert a request's parameters, path variables and form fields (through its conversion
 * service, which {@link NoNullCharacters} adds to).
 */
class NoNullCharactersTests {

	record Form(String name, List<String> tags, int count) {
	}

	@Test
	void everyTextABinderConvertsLosesItsNullCharactersAndKeepsTheRest() throws Exception {
		WebDataBinder binder = binder(null);
		assertThat(binder.convertIfNecessary("a\u0000b\u0000", String.class)).isEqualTo("ab");
		assertThat(binder.convertIfNecessary("logopède", String.class)).isEqualTo("logopède");
		assertThat(binder.convertIfNecessary(new String[] { "a\u0000b", "c" }, String[].class)).containsExactly("ab",
				"c");
		// Several values of one text parameter: joined, as before.
		assertThat(binder.convertIfNecessary(new String[] { "a\u0000b", "c" }, String.class)).isEqualTo("ab,c");
		assertThat(binder.convertIfNecessary("7", Integer.class)).isEqualTo(7);
		MethodParameter optional = new MethodParameter(
				NoNullCharactersTests.class.getDeclaredMethod("optional", Optional.class), 0);
		assertThat(binder.convertIfNecessary("x\u0000y", String.class, optional.nested())).isEqualTo("xy");
	}

	@Test
	void aFormRecordsTextsLoseTheirNullCharacters() {
		WebDataBinder binder = binder(Form.class);
		Map<String, Object> sent = Map.of("name", "Le\u0000 Phare", "tags", new String[] { "a\u0000", "b" }, "count",
				"3");
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public Object resolveValue(String name, Class<?> type) {
				return sent.get(name);
			}

			@Override
			public Set<String> getNames() {
				return sent.keySet();
			}

		});
		assertThat(binder.getBindingResult().hasErrors()).isFalse();
		assertThat(binder.getTarget()).isEqualTo(new Form("Le Phare", List.of("a", "b"), 3));
	}

	@SuppressWarnings("unused")
	private static void optional(Optional<String> value) {
	}

	private static WebDataBinder binder(Class<?> target) {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		new NoNullCharacters().addFormatters(conversions);
		WebDataBinder binder = new WebDataBinder(null, "form");
		if (target != null) {
			binder.setTargetType(ResolvableType.forClass(target));
		}
		binder.setConversionService(conversions);
		return binder;
	}

}
