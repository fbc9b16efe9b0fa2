/**
 * Personal access tokens and the API's door: the tokens, the bearer-token filter, the
 * security of {@code /api/**} and {@code /actuator/**} with its problem+json answers, and
 * the OpenAPI description.
 */
package brussels.maillage.identity.tokens;
