using Vigie.Web.Cluster;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Cluster;

public sealed class ServeRolesTests
{
    [Fact]
    public void Runs_EachWork_InAllAndInExactlyOneOtherRole()
    {
        var roles = new[] { ServeRole.Web, ServeRole.Ingest, ServeRole.Sweep, ServeRole.Investigate };
        Assert.All(BackgroundWork.All, work =>
        {
            Assert.True(ServeRole.All.Runs(work));
            Assert.Single(roles, role => role.Runs(work));
        });
    }

    [Theory]
    [InlineData("investigate", ServeRole.Investigate)]
    [InlineData("all", ServeRole.All)]
    [InlineData("web", ServeRole.Web)]
    public void Parse_Name_RoleAndBack(string name, ServeRole role)
    {
        Assert.Equal(role, ServeRoles.Parse(name));
        Assert.Equal(name, role.Name());
    }

    [Fact]
    public void ServesDashboard_OnlyWebAndAll() =>
        Assert.Equal([ServeRole.All, ServeRole.Web], Enum.GetValues<ServeRole>().Where(r => r.ServesDashboard()));
}
