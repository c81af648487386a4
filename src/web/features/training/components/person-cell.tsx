// A person in a training list: the name leading to the person's page, the unit under it.
import { Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';

export function PersonCell({ personId, name, unitName }: { personId: string; name: string; unitName: string }) {
  return (
    <div>
      <Link to={paths.person(personId)}>{name}</Link>
      <div>
        <Typography.Text type="secondary">{unitName}</Typography.Text>
      </div>
    </div>
  );
}
