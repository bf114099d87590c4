using System.Globalization;
using System.Text;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// Issue 16 §5: what a person signs to withdraw a consent. It names the consent by id and form number (both random, so
/// the ledger hash of this text cannot be guessed either), not by the IIN.
/// </summary>
public static class ConsentWithdrawalText
{
    /// <summary>The text in <paramref name="language"/> (kk, ru, en).</summary>
    public static string For(string language, PersonalDataConsent consent)
    {
        var granted = consent.GrantedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return language switch
        {
            "ru" => $"ОТЗЫВ СОГЛАСИЯ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ\nОтзываю согласие {consent.Id} (форма {consent.FormVersion}, № {consent.FormSalt}) от {granted}.\n",
            "en" => $"WITHDRAWAL OF CONSENT TO THE COLLECTION AND PROCESSING OF PERSONAL DATA\nI withdraw consent {consent.Id} (form {consent.FormVersion}, no. {consent.FormSalt}) of {granted}.\n",
            _ => $"ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМДІ КЕРІ ҚАЙТАРУ\n{granted} берілген {consent.Id} келісімін (нысан {consent.FormVersion}, № {consent.FormSalt}) кері қайтарамын.\n",
        };
    }

    /// <summary>The bytes signed.</summary>
    public static byte[] Bytes(string language, PersonalDataConsent consent) => Encoding.UTF8.GetBytes(For(language, consent));
}
