package brussels.maillage.system.config;

import java.sql.SQLException;
import java.util.List;

import brussels.maillage.system.LocalizedText;
import org.postgresql.util.PGobject;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/**
 * Stores {@link LocalizedText} as PostgreSQL {@code jsonb} in every module's aggregates.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Bean
	JdbcCustomConversions jdbcCustomConversions() {
		return new JdbcCustomConversions(List.of(new LocalizedTextWriter(), new LocalizedTextReader()));
	}

	static PGobject toJsonb(LocalizedText text) {
		try {
			PGobject object = new PGobject();
			object.setType("jsonb");
			object.setValue(json.writeValueAsString(text));
			return object;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static LocalizedText fromJson(String value) {
		return (value != null) ? json.readValue(value, LocalizedText.class) : null;
	}

	@WritingConverter
	static class LocalizedTextWriter implements Converter<LocalizedText, PGobject> {

		@Override
		public PGobject convert(LocalizedText source) {
			return toJsonb(source);
		}

	}

	@ReadingConverter
	static class LocalizedTextReader implements Converter<PGobject, LocalizedText> {

		@Override
		public LocalizedText convert(PGobject source) {
			return fromJson(source.getValue());
		}

	}

}
