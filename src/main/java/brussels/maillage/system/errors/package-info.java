/**
 * Error handling: the error page and problem documents of every error that reaches the
 * servlet container, the API's problems, and bad input (bodies over their limit,
 * undecodable addresses, refused writes) answered 400, 409, 413, 415 or 422 in one place.
 */
package brussels.maillage.system.errors;
