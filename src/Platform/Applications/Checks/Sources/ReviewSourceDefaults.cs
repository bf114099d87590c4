namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>The default stand-in data written to <c>review-sources.json</c> on first start (fictitious people; valid IIN control digits).</summary>
public static class ReviewSourceDefaults
{
    /// <summary>The file's default content.</summary>
    public const string Json = """
        {
          "_comment": "STAND-IN data for the A.15 review checks (credit bureau, court records, KTK affiliate list, pension-contribution records naming each person's employer). Not real sources: every person here is fictitious. A person absent from a list has a clean record there. Edit freely; it is read on every check.",
          "creditHistory": [
            { "iin": "750303400118", "currentOverdueDays": 120, "defaults": 1 },
            { "iin": "821115400223", "currentOverdueDays": 0, "defaults": 0 }
          ],
          "litigation": [
            { "iin": "680720300331", "caseNumber": "7194-25-00-2/1288", "role": "defendant", "subject": "recovery of a loan debt", "open": true },
            { "iin": "821115400223", "caseNumber": "7110-23-00-2/455", "role": "plaintiff", "subject": "labour dispute", "open": false }
          ],
          "affiliates": [
            { "iin": "800203300457", "basis": "Chairman of KTK's Management Board" },
            { "iin": "931204400448", "basis": "close relative of a KTK board member" }
          ],
          "employment": [
            { "iin": "900501300120", "employerBin": "010140001230", "employerName": "KazPost JSC" },
            { "iin": "910712450231", "employerBin": "980740004565", "employerName": "Astana City Hospital No. 1 LLP" },
            { "iin": "851110300344", "employerBin": "010140001230", "employerName": "KazPost JSC" }
          ]
        }
        """;
}
