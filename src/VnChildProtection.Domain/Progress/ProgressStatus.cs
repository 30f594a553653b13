namespace VnChildProtection.Domain.Progress;

/// <summary>
/// Where a plan's target stands on the evaluation date (tình hình thực hiện chỉ tiêu). The order runs from "cannot
/// say" to "done": <see cref="NoData"/> and <see cref="NotYetDue"/> are not judgements on the value; from
/// <see cref="OffTrack"/> to <see cref="Met"/> a better value never gives a worse status.
/// </summary>
public enum ProgressStatus
{
    /// <summary>No value (or no baseline the rule needs) by the evaluation date: never read as failure (chưa có số liệu).</summary>
    NoData = 0,

    /// <summary>The value does not meet the target yet, the deadline has not come and no trajectory says how far along it should be (chưa đến hạn).</summary>
    NotYetDue = 1,

    /// <summary>The deadline passed without the target being met, or the value is far behind the trajectory (không đạt / chậm tiến độ).</summary>
    OffTrack = 2,

    /// <summary>Behind the trajectory, but within the tolerated share of the distance from baseline to target (có nguy cơ không đạt).</summary>
    AtRisk = 3,

    /// <summary>At or ahead of the trajectory from baseline to target before the deadline (đúng tiến độ).</summary>
    OnTrack = 4,

    /// <summary>The value meets the target that applies (đạt).</summary>
    Met = 5,
}
