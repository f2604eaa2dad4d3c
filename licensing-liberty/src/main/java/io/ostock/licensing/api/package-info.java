/**
 * The Licensing REST API: thin resources over LicenseService, errors as problem+json. Each operation
 * is declared in full on its method (path, roles, parameters, documented answers), though many look
 * alike: JAX-RS, the authorization rules and the OpenAPI document read them there.
 */
package io.ostock.licensing.api;
