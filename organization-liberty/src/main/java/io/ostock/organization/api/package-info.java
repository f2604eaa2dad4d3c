/**
 * The REST API (under /v1): thin JAX-RS resources that parse and validate the
 * request, call one application service method and shape the answer. Errors leave as problem+json
 * through the mappers in platform-commons.
 */
package io.ostock.organization.api;
