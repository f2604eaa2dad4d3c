/**
 * The REST API (under /v1): thin JAX-RS resources that parse and validate the
 * request, call one application service method and shape the answer. Errors leave as problem+json
 * through the mappers in platform-commons.
 *
 * <p>Each operation is declared in full on its method (path, roles, parameters, documented answers),
 * though many look alike: JAX-RS, the authorization rules and the OpenAPI document read them there.</p>
 */
package io.ostock.organization.api;
