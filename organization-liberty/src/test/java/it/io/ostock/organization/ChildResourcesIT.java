package it.io.ostock.organization;

import io.ostock.testsupport.ApiResponse;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.createChild;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static it.io.ostock.organization.OrganizationApi.total;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contacts, user groups and their members, partners: CRUD, paging and their uniqueness rules. */
@MicroShedTest
class ChildResourcesIT {

    @Test
    void contactsCrudWithAtMostOnePrimary() {
        String org = createOrganization(unique("Contacts"));
        String contacts = ORGS + "/" + org + "/contacts";
        String ann = createChild(org, "contacts",
                "{\"name\":\"Ann\",\"email\":\"ann@example.com\",\"phone\":\"+1 555 0100\",\"role\":\"CTO\",\"primary\":true}");
        String bob = createChild(org, "contacts", "{\"name\":\"Bob\",\"email\":\"bob@example.com\"}");

        JsonObject annRead = API.get(contacts + "/" + ann).json();
        assertTrue(annRead.getBoolean("primary"));
        assertEquals("+1 555 0100", annRead.getString("phone"));

        assertProblem(API.post(contacts, "{\"name\":\"Cy\",\"email\":\"cy@example.com\",\"primary\":true}"), 409);
        ApiResponse bobRead = API.get(contacts + "/" + bob);
        assertProblem(API.put(contacts + "/" + bob, "{\"name\":\"Bob\",\"email\":\"bob@example.com\",\"primary\":true}",
                bobRead.etag()), 409);
        assertEquals(2, total(contacts), "the refused contact was not stored");

        ApiResponse annNow = API.get(contacts + "/" + ann);
        assertEquals(200, API.put(contacts + "/" + ann, "{\"name\":\"Ann\",\"email\":\"ann@example.com\",\"primary\":false}",
                annNow.etag()).status());
        assertEquals(200, API.put(contacts + "/" + bob, "{\"name\":\"Bob\",\"email\":\"bob@example.com\",\"primary\":true}",
                bobRead.etag()).status(), "primary can move once the first one gave it up");

        assertEquals(2, API.get(contacts + "?limit=1").json().getInt("total"));
        assertEquals(1, API.get(contacts + "?limit=1").items().size());
        assertEquals(204, API.delete(contacts + "/" + ann).status());
        assertProblem(API.get(contacts + "/" + ann), 404);
        assertEquals(1, total(contacts));
    }

    @Test
    void aChildIsOnlyReachableThroughItsOwnOrganization() {
        String mine = createOrganization(unique("Mine"));
        String theirs = createOrganization(unique("Theirs"));
        String contact = createChild(mine, "contacts", "{\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
        assertProblem(API.get(ORGS + "/" + theirs + "/contacts/" + contact), 404);
        assertProblem(API.delete(ORGS + "/" + theirs + "/contacts/" + contact), 404);
        assertEquals(200, API.get(ORGS + "/" + mine + "/contacts/" + contact).status());
        assertProblem(API.get(ORGS + "/" + java.util.UUID.randomUUID() + "/contacts"), 404);
    }

    @Test
    void groupsAndMembers() {
        String org = createOrganization(unique("Groups"));
        String groups = ORGS + "/" + org + "/groups";
        String admins = createChild(org, "groups", "{\"name\":\"Admins\",\"description\":\"People who administer\"}");
        assertProblem(API.post(groups, "{\"name\":\"ADMINS\"}"), 409);

        String members = groups + "/" + admins + "/members";
        ApiResponse alice = API.post(members, "{\"username\":\"alice\",\"role\":\"OWNER\"}");
        assertEquals(201, alice.status(), alice::toString);
        ApiResponse bob = API.post(members, "{\"username\":\"bob\"}");
        assertEquals("MEMBER", bob.json().getString("role"), "role defaults to MEMBER");
        assertProblem(API.post(members, "{\"username\":\"Alice\"}"), 409);
        assertProblem(API.post(members, "{\"username\":\"carol\",\"role\":\"KING\"}"), 400);

        ApiResponse promoted = API.put(members + "/" + bob.createdId(), "{\"username\":\"bob\",\"role\":\"MAINTAINER\"}",
                bob.etag());
        assertEquals("MAINTAINER", promoted.json().getString("role"));
        assertEquals(2, total(members));
        assertEquals(204, API.delete(members + "/" + alice.createdId()).status());
        assertEquals(1, total(members));

        ApiResponse group = API.get(groups + "/" + admins);
        assertEquals(200, API.put(groups + "/" + admins, "{\"name\":\"Administrators\"}", group.etag()).status());
        assertEquals("Administrators", API.get(groups + "/" + admins).json().getString("name"));
        assertEquals(204, API.delete(groups + "/" + admins).status());
        assertProblem(API.get(members), 404);
    }

    @Test
    void partners() {
        String org = createOrganization(unique("Partners"));
        String partners = ORGS + "/" + org + "/partners";
        ApiResponse created = API.post(partners, "{\"name\":\"Northwind\",\"type\":\"RESELLER\",\"since\":\"2021-03-01\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals("ACTIVE", created.json().getString("status"));
        assertEquals("2021-03-01", created.json().getString("since"));
        assertProblem(API.post(partners, "{\"name\":\"northwind\",\"type\":\"SUPPLIER\",\"since\":\"2022-01-01\"}"), 409);

        String id = created.createdId();
        ApiResponse updated = API.put(partners + "/" + id,
                "{\"name\":\"Northwind\",\"type\":\"DISTRIBUTOR\",\"since\":\"2021-03-01\",\"status\":\"INACTIVE\"}",
                created.etag());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("DISTRIBUTOR", updated.json().getString("type"));
        assertEquals("INACTIVE", updated.json().getString("status"));
        assertFalse(API.get(partners).items().isEmpty());
        assertEquals(204, API.delete(partners + "/" + id).status());
        assertEquals(0, total(partners));
    }
}
