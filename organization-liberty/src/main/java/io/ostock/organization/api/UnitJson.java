package io.ostock.organization.api;

import io.ostock.organization.application.UnitView;
import io.ostock.organization.domain.OrgChart;
import io.ostock.platform.ids.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class UnitJson {

    private UnitJson() {
    }

    /** parentId: a unit of the same organization, or absent for a root unit. */
    @Schema(name = "UnitRequest")
    public record Request(@NotBlank @Size(max = 200) String name, String parentId,
                   @Size(max = 100) String managerUsername) {

        UUID parent() {
            return parentId == null ? null : Ids.parse("parentId", parentId);
        }
    }

    @Schema(name = "Unit")
    public record Response(UUID id, UUID organizationId, UUID parentId, String name, String managerUsername,
                    Instant createdAt, Instant updatedAt, long version) {
        static Response of(UnitView u) {
            return new Response(u.id(), u.organizationId(), u.parentId(), u.name(), u.managerUsername(),
                    u.createdAt(), u.updatedAt(), u.version());
        }
    }

    /** A unit in GET .../units/tree, with its sub-units nested. */
    @Schema(name = "UnitTreeNode")
    public record TreeNode(UUID id, String name, String managerUsername, List<TreeNode> children) {
        static TreeNode of(OrgChart.Node node) {
            return new TreeNode(node.unit().id(), node.unit().name(), node.unit().managerUsername(),
                    node.children().stream().map(TreeNode::of).toList());
        }
    }

    @Schema(name = "UnitTree")
    public record Tree(UUID organizationId, List<TreeNode> roots) {
    }
}
