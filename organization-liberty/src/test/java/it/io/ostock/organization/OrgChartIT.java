package it.io.ostock.organization;

import io.ostock.testsupport.ApiResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import static io.ostock.testsupport.ProblemAssertions.assertProblem;
import static it.io.ostock.organization.OrganizationApi.API;
import static it.io.ostock.organization.OrganizationApi.ORGS;
import static it.io.ostock.organization.OrganizationApi.createChild;
import static it.io.ostock.organization.OrganizationApi.createOrganization;
import static it.io.ostock.organization.OrganizationApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

@MicroShedTest
class OrgChartIT {

    @Test
    void theTreeNestsUnitsUnderTheirParents() {
        String org = createOrganization(unique("Chart"));
        String hq = createChild(org, "units", "{\"name\":\"Headquarters\",\"managerUsername\":\"ceo\"}");
        String sales = createChild(org, "units", "{\"name\":\"Sales\",\"parentId\":\"" + hq + "\"}");
        String engineering = createChild(org, "units", "{\"name\":\"Engineering\",\"parentId\":\"" + hq + "\"}");
        createChild(org, "units", "{\"name\":\"Platform\",\"parentId\":\"" + engineering + "\"}");
        createChild(org, "units", "{\"name\":\"Lab\"}");

        JsonObject tree = API.get(ORGS + "/" + org + "/units/tree").json();
        assertEquals(org, tree.getString("organizationId"));
        JsonArray roots = tree.getJsonArray("roots");
        assertEquals(2, roots.size());
        JsonObject headquarters = roots.getJsonObject(0);
        assertEquals("Headquarters", headquarters.getString("name"));
        assertEquals("ceo", headquarters.getString("managerUsername"));
        assertEquals("Lab", roots.getJsonObject(1).getString("name"));
        JsonArray departments = headquarters.getJsonArray("children");
        assertEquals("Engineering", departments.getJsonObject(0).getString("name"));
        assertEquals("Sales", departments.getJsonObject(1).getString("name"));
        assertEquals(sales, departments.getJsonObject(1).getString("id"));
        assertEquals("Platform", departments.getJsonObject(0).getJsonArray("children").getJsonObject(0).getString("name"));
        assertEquals(5, API.get(ORGS + "/" + org + "/units").json().getInt("total"));
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsRefusedAndChangesNothing() {
        String org = createOrganization(unique("Cycle"));
        String hq = createChild(org, "units", "{\"name\":\"HQ\"}");
        String engineering = createChild(org, "units", "{\"name\":\"Engineering\",\"parentId\":\"" + hq + "\"}");
        String platform = createChild(org, "units", "{\"name\":\"Platform\",\"parentId\":\"" + engineering + "\"}");
        String units = ORGS + "/" + org + "/units/";

        ApiResponse hqRead = API.get(units + hq);
        assertProblem(API.put(units + hq, "{\"name\":\"HQ\",\"parentId\":\"" + platform + "\"}", hqRead.etag()), 409);
        assertProblem(API.put(units + hq, "{\"name\":\"HQ\",\"parentId\":\"" + hq + "\"}", hqRead.etag()), 409);
        assertEquals(JsonObject.NULL, API.get(units + hq).json().getOrDefault("parentId", JsonObject.NULL),
                "HQ is still a root");

        ApiResponse moved = API.put(units + platform, "{\"name\":\"Platform\",\"parentId\":\"" + hq + "\"}");
        assertEquals(200, moved.status(), "a legal move is accepted");
        assertEquals(hq, moved.json().getString("parentId"));
    }

    @Test
    void aParentFromAnotherOrganizationIsRefused() {
        String mine = createOrganization(unique("Mine"));
        String theirs = createOrganization(unique("Theirs"));
        String theirUnit = createChild(theirs, "units", "{\"name\":\"Their HQ\"}");
        assertProblem(API.post(ORGS + "/" + mine + "/units", "{\"name\":\"Mine\",\"parentId\":\"" + theirUnit + "\"}"), 422);
        assertEquals(0, API.get(ORGS + "/" + mine + "/units").json().getInt("total"));
    }

    @Test
    void aUnitWithSubUnitsCannotBeDeleted() {
        String org = createOrganization(unique("Delete"));
        String hq = createChild(org, "units", "{\"name\":\"HQ\"}");
        String team = createChild(org, "units", "{\"name\":\"Team\",\"parentId\":\"" + hq + "\"}");
        assertProblem(API.delete(ORGS + "/" + org + "/units/" + hq), 409);
        assertEquals(204, API.delete(ORGS + "/" + org + "/units/" + team).status());
        assertEquals(204, API.delete(ORGS + "/" + org + "/units/" + hq).status());
    }
}
