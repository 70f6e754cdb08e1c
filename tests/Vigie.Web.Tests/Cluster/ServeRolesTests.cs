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
    [InlineData("investigate", (int)ServeRole.Investigate)]
    [InlineData("all", (int)ServeRole.All)]
    [InlineData("web", (int)ServeRole.Web)]
    public void Parse_Name_RoleAndBack(string name, int role)
    {
        Assert.Equal((ServeRole)role, ServeRoles.Parse(name));
        Assert.Equal(name, ((ServeRole)role).Name());
    }

    [Fact]
    public void Parse_UnknownName_Null() => Assert.Null(ServeRoles.Parse("mail"));

    [Fact]
    public void ServesDashboard_OnlyWebAndAll() =>
        Assert.Equal([ServeRole.All, ServeRole.Web], Enum.GetValues<ServeRole>().Where(r => r.ServesDashboard()));
}
