import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { MarkerNodeData } from '../../../shared/graph/types';

/** The Start and End markers. */
function MarkerNodeView({ data }: NodeProps<Node<MarkerNodeData>>) {
  return (
    <div className={`marker-node ${data.marker}`}>
      {data.marker === 'end' && (
        <Handle
          type="target"
          position={Position.Top}
          className="handle hidden"
          isConnectable={false}
        />
      )}
      {data.marker === 'start' ? 'Start' : 'End'}
      {data.marker === 'start' && (
        <Handle
          type="source"
          position={Position.Bottom}
          className="handle hidden"
          isConnectable={false}
        />
      )}
    </div>
  );
}

/** The React Flow node type for markers. */
export const MarkerNode = memo(MarkerNodeView);
