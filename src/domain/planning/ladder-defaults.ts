// SEED of the post ladder (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): the standard commune and province
// ladders after the 2025 reform (two-tier local government). Provinces differ, so this is data the
// administrator edits (the planning module stores it); these rows only seed it. [U] the cross-level
// equivalences (a commune Party secretary ≡ a province department director; a commune deputy secretary or
// People's Committee chair ≡ a deputy director), the approving levels, the seat counts and the
// concurrency "secretary also chairs the People's Council" are local practice, not confirmed text.
import type { PostLadder } from './ladder.js';

/** SEED for the administrator-edited ladder (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW), commune and province. */
export const DEFAULT_POST_LADDER: PostLadder = {
  posts: [
    {
      code: 'commune.party.secretary',
      unitKind: 'commune',
      track: 'post',
      rank: 1,
      group: 'g.department_director',
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Bí thư Đảng ủy
    {
      code: 'commune.council.chair',
      unitKind: 'commune',
      track: 'post',
      rank: 1,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'state',
      concurrentWith: 'commune.party.secretary',
    }, // Chủ tịch HĐND (Bí thư kiêm nhiệm) [U]
    {
      code: 'commune.party.standing_deputy_secretary',
      unitKind: 'commune',
      track: 'post',
      rank: 2,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Phó Bí thư Thường trực Đảng ủy
    {
      code: 'commune.party.deputy_secretary',
      unitKind: 'commune',
      track: 'post',
      rank: 3,
      group: 'g.department_deputy',
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Phó Bí thư Đảng ủy
    {
      code: 'commune.pc.chair',
      unitKind: 'commune',
      track: 'post',
      rank: 3,
      group: 'g.department_deputy',
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'state',
    }, // Chủ tịch UBND
    {
      code: 'commune.front.chair',
      unitKind: 'commune',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Chủ tịch Ủy ban MTTQ
    {
      code: 'commune.inspection.chair',
      unitKind: 'commune',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Chủ nhiệm Ủy ban Kiểm tra Đảng ủy
    {
      code: 'commune.pc.vice_chair',
      unitKind: 'commune',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 2,
      approvingLevel: 'commune_standing',
      referenceLevel: 'state',
    }, // Phó Chủ tịch UBND
    {
      code: 'commune.council.vice_chair',
      unitKind: 'commune',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'state',
    }, // Phó Chủ tịch HĐND
    {
      code: 'commune.party.office_chief',
      unitKind: 'commune',
      track: 'post',
      rank: 5,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Chánh Văn phòng Đảng ủy
    {
      code: 'commune.party.building_head',
      unitKind: 'commune',
      track: 'post',
      rank: 5,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Trưởng Ban Xây dựng Đảng
    {
      code: 'commune.inspection.deputy_chair',
      unitKind: 'commune',
      track: 'post',
      rank: 5,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Phó Chủ nhiệm Ủy ban Kiểm tra
    {
      code: 'commune.front.vice_chair',
      unitKind: 'commune',
      track: 'post',
      rank: 5,
      kind: 'leadership',
      seats: 2,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Phó Chủ tịch Ủy ban MTTQ
    {
      code: 'commune.council.board_head',
      unitKind: 'commune',
      track: 'post',
      rank: 5,
      kind: 'leadership',
      seats: 2,
      approvingLevel: 'commune_standing',
      referenceLevel: 'state',
    }, // Trưởng Ban HĐND
    {
      code: 'commune.pc.division_head',
      unitKind: 'commune',
      track: 'post',
      rank: 5,
      kind: 'leadership',
      seats: 4,
      approvingLevel: 'commune_standing',
      referenceLevel: 'state',
    }, // Trưởng phòng thuộc UBND
    {
      code: 'commune.party.office_deputy',
      unitKind: 'commune',
      track: 'post',
      rank: 6,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Phó Chánh Văn phòng Đảng ủy
    {
      code: 'commune.party.building_deputy',
      unitKind: 'commune',
      track: 'post',
      rank: 6,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Phó Trưởng Ban Xây dựng Đảng
    {
      code: 'commune.pc.division_deputy',
      unitKind: 'commune',
      track: 'post',
      rank: 6,
      kind: 'leadership',
      seats: 4,
      approvingLevel: 'commune_standing',
      referenceLevel: 'state',
    }, // Phó Trưởng phòng thuộc UBND
    {
      code: 'commune.committee.standing_member',
      unitKind: 'commune',
      track: 'committee',
      rank: 1,
      kind: 'committee_seat',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Ủy viên Ban Thường vụ Đảng ủy
    {
      code: 'commune.committee.executive_member',
      unitKind: 'commune',
      track: 'committee',
      rank: 2,
      kind: 'committee_seat',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'commune',
    }, // Đảng ủy viên
    {
      code: 'commune.committee.inspection_member',
      unitKind: 'commune',
      track: 'inspection',
      rank: 1,
      kind: 'committee_seat',
      seats: 1,
      approvingLevel: 'commune_standing',
      referenceLevel: 'commune',
    }, // Ủy viên Ủy ban Kiểm tra Đảng ủy
    {
      code: 'province.party.secretary',
      unitKind: 'province',
      track: 'post',
      rank: 1,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Bí thư Tỉnh ủy
    {
      code: 'province.party.standing_deputy_secretary',
      unitKind: 'province',
      track: 'post',
      rank: 2,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Phó Bí thư Thường trực Tỉnh ủy
    {
      code: 'province.party.deputy_secretary',
      unitKind: 'province',
      track: 'post',
      rank: 3,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Phó Bí thư Tỉnh ủy
    {
      code: 'province.pc.chair',
      unitKind: 'province',
      track: 'post',
      rank: 3,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'state',
    }, // Chủ tịch UBND tỉnh
    {
      code: 'province.council.chair',
      unitKind: 'province',
      track: 'post',
      rank: 3,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'state',
    }, // Chủ tịch HĐND tỉnh
    {
      code: 'province.party.board_head',
      unitKind: 'province',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 4,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Trưởng ban Đảng Tỉnh ủy
    {
      code: 'province.inspection.chair',
      unitKind: 'province',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy
    {
      code: 'province.front.chair',
      unitKind: 'province',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Chủ tịch Ủy ban MTTQ tỉnh
    {
      code: 'province.pc.vice_chair',
      unitKind: 'province',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 3,
      approvingLevel: 'centre',
      referenceLevel: 'state',
    }, // Phó Chủ tịch UBND tỉnh
    {
      code: 'province.council.vice_chair',
      unitKind: 'province',
      track: 'post',
      rank: 4,
      kind: 'leadership',
      seats: 2,
      approvingLevel: 'centre',
      referenceLevel: 'state',
    }, // Phó Chủ tịch HĐND tỉnh
    {
      code: 'province.department.director',
      unitKind: 'province',
      track: 'post',
      rank: 5,
      group: 'g.department_director',
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'state',
    }, // Giám đốc Sở và tương đương
    {
      code: 'province.party.board_deputy',
      unitKind: 'province',
      track: 'post',
      rank: 5,
      group: 'g.department_director',
      kind: 'leadership',
      seats: 3,
      approvingLevel: 'province_standing',
      referenceLevel: 'province',
    }, // Phó Trưởng ban Đảng Tỉnh ủy
    {
      code: 'province.department.deputy_director',
      unitKind: 'province',
      track: 'post',
      rank: 6,
      group: 'g.department_deputy',
      kind: 'leadership',
      seats: 3,
      approvingLevel: 'province_standing',
      referenceLevel: 'state',
    }, // Phó Giám đốc Sở và tương đương
    {
      code: 'province.department.division_head',
      unitKind: 'province',
      track: 'post',
      rank: 7,
      kind: 'leadership',
      seats: 1,
      approvingLevel: 'province_department',
      referenceLevel: 'state',
    }, // Trưởng phòng thuộc Sở
    {
      code: 'province.committee.standing_member',
      unitKind: 'province',
      track: 'committee',
      rank: 1,
      kind: 'committee_seat',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Ủy viên Ban Thường vụ Tỉnh ủy
    {
      code: 'province.committee.executive_member',
      unitKind: 'province',
      track: 'committee',
      rank: 2,
      kind: 'committee_seat',
      seats: 1,
      approvingLevel: 'centre',
      referenceLevel: 'province',
    }, // Tỉnh ủy viên
    {
      code: 'province.committee.inspection_member',
      unitKind: 'province',
      track: 'inspection',
      rank: 1,
      kind: 'committee_seat',
      seats: 1,
      approvingLevel: 'province_standing',
      referenceLevel: 'province',
    }, // Ủy viên Ủy ban Kiểm tra Tỉnh ủy
  ],
};
