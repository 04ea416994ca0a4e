/** One `<option>` per league member, valued by the member's id, for a member `<select>`. */
export function MemberOptions({ members }: { members: readonly { id: string; name: string }[] }) {
  return (
    <>
      {members.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
    </>
  );
}
