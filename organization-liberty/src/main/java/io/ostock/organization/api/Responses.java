package io.ostock.organization.api;

import io.ostock.platform.http.Etags;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** The answers every resource gives the same way: 201 with Location and ETag, 200 with ETag. */
final class Responses {

    private Responses() {
    }

    static Response created(UriInfo uriInfo, UUID id, long version, Object body) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(Etags.of(version)).entity(body).build();
    }

    static Response ok(long version, Object body) {
        return Response.ok(body).tag(Etags.of(version)).build();
    }
}
