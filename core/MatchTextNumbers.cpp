#include "MatchTextNumbers.h"

#include "EveryCore.h"

#include <QHash>

#include <atomic>

namespace {
// Fields numbered together: those compared with each other.
const std::vector<std::vector<MatchRecord::Text>>& numberings()
{
    using R = MatchRecord;
    static const std::vector<std::vector<R::Text>> groups = {
        {R::FamilyText, R::GivenText}, {R::FamilyPinyinText, R::GivenPinyinText}, {R::NameText}, {R::NamePinyinText},
        {R::CompanyText}, {R::ProvinceText}, {R::CityText}, {R::PostcodeText}, {R::BirthdayText}};
    // Not numbered (compared as texts): addresses, ID numbers and sorted name syllables are nearly all distinct
    // and rarely equal in a pair, so numbering them cost more than it saved.
    return groups;
}
} // namespace

std::array<quint32, MatchRecord::TextCount> MatchTextNumbers::assign(std::vector<MatchRecord>& records)
{
    std::array<quint32, MatchRecord::TextCount> counts{};
    const auto& groups = numberings();
    const auto numberGroup = [&](const std::vector<MatchRecord::Text>& group) {
        QHash<QString, quint32> numbers;
        for (MatchRecord& r : records) {
            for (const MatchRecord::Text t : group) {
                QString& text = r.*MatchRecord::texts[t];
                auto it = numbers.constFind(text);
                if (it == numbers.constEnd())
                    it = numbers.insert(text, quint32(numbers.size() + 1));
                else
                    text = it.key(); // share the first copy's characters
                r.textIds[t] = *it;
            }
        }
        for (const MatchRecord::Text t : group)
            counts[t] = quint32(numbers.size());
    };
    // Each thread takes whole groups: a group's texts are only ever touched by one thread.
    std::atomic<size_t> next{0};
    runOnEveryCore(
        [&](bool) {
            for (size_t g; (g = next++) < groups.size();)
                numberGroup(groups[g]);
        },
        4);
    return counts;
}
