namespace VnChildProtection.Domain.Text;

/// <summary>
/// Where the tone mark sits in an open syllable ending in <c>oa</c>, <c>oe</c> or <c>uy</c>
/// (<c>hòa</c> or <c>hoà</c>, <c>thủy</c> or <c>thuỷ</c>). Both spellings occur in real documents.
/// </summary>
public enum ToneMarkStyle
{
    /// <summary>Old style (<i>kiểu cũ</i>): the mark on the first vowel, as in <c>hòa</c>, <c>khỏe</c>, <c>thủy</c>. Most official names use it.</summary>
    Old = 0,

    /// <summary>New style (<i>kiểu mới</i>): the mark on the main vowel, as in <c>hoà</c>, <c>khoẻ</c>, <c>thuỷ</c>.</summary>
    New = 1,
}
